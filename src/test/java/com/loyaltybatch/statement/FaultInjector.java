package com.loyaltybatch.statement;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailSendException;
import com.loyaltybatch.messaging.MailTransport;

/**
 * Wraps the real mail transport to break a run at an exact message: either the message fails
 * before reaching the server, or the process "dies" right after the server accepted it, before
 * the delivery was recorded (the one moment a crash can cause a duplicate).
 */
@TestComponent
class FaultInjector implements BeanPostProcessor {

    enum Fault {
        NONE, FAIL_BEFORE_SENDING, DIE_AFTER_SENDING
    }

    private volatile Fault fault = Fault.NONE;
    private volatile int atMessage;
    private final AtomicInteger sent = new AtomicInteger();

    void arm(Fault fault, int atMessage) {
        this.fault = fault;
        this.atMessage = atMessage;
        sent.set(0);
    }

    void disarm() {
        fault = Fault.NONE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MailTransport real) {
            return new MailTransport() {
                @Override
                public Connection open(String batch) {
                    Connection connection = real.open(batch);
                    return new Connection() {
                        @Override
                        public void send(MailMessage message) {
                            int number = sent.incrementAndGet();
                            boolean hit = number == atMessage;
                            if (hit && fault == Fault.FAIL_BEFORE_SENDING) {
                                throw new MailSendException(true, "421 4.3.2 Service not available, closing channel", null);
                            }
                            connection.send(message);
                            if (hit && fault == Fault.DIE_AFTER_SENDING) {
                                throw new IllegalStateException("simulated crash after the server accepted message " + number);
                            }
                        }

                        @Override
                        public void close() {
                            connection.close();
                        }
                    };
                }

                @Override
                public String describe(String batch) {
                    return real.describe(batch);
                }
            };
        }
        return bean;
    }
}
