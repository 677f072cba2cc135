/**
 * Spring Batch support shared by the feature jobs: one-step management jobs around a domain
 * service call, and the parameter conventions every job follows. Knows no loyalty types.
 */
package com.loyaltybatch.batch;
