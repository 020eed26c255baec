package org.carebridge.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The run's mail box: every email the services send (network-service tells coordinators and case workers by email)
 * lands here instead of a real mail server, which a demo or a test machine does not have. An SMTP server in the
 * supervisor's JVM (GreenMail) takes every message, for any address, and keeps it in memory for the run; each
 * address is a POP3 mailbox whose login and password are the address itself, so the operator's mail client and the
 * end-to-end tests read what a user received (SystemUnderTest.mailTo).
 */
public final class MailBox implements Component {
    public static final String SMTP_PORT = "mail.smtp-port";
    public static final String POP3_PORT = "mail.pop3-port";

    private final int smtpPort;
    private final int pop3Port;
    private GreenMail mail;

    MailBox(int smtpPort, int pop3Port) {
        this.smtpPort = smtpPort;
        this.pop3Port = pop3Port;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public synchronized void start(StackState state) {
        Ports.requireFree("the mail box", smtpPort, pop3Port);
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, Ports.HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, Ports.HOST, ServerSetup.PROTOCOL_POP3)});
        mail.start();
        state.put(SMTP_PORT, smtpPort).put(POP3_PORT, pop3Port);
        Log.info("mail box: SMTP " + Ports.HOST + ":" + smtpPort + ", POP3 " + Ports.HOST + ":" + pop3Port);
    }

    @Override
    public synchronized void stop() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    @Override
    public synchronized boolean healthy() {
        return mail != null && Ports.inUse(smtpPort);
    }
}
