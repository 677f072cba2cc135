/** Pages and forms served to people in a browser: the dashboard, statement previews, the opt-out page. */
package com.loyaltybatch.launch.web;
