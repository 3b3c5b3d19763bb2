package org.suqiu.intake.mailbox.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.suqiu.intake.mailbox.model.AutoReplyPolicy;
import org.suqiu.intake.mailbox.model.IncomingMail;
import org.suqiu.intake.mailbox.model.MalformedMail;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a {@link MimeMessage} into an {@link IncomingMail}: headers decoded with
 * {@link ChineseCharsets}, the text/plain body preferred over HTML (sanitised to text with jsoup),
 * the other parts kept as attachments (read up to {@code maxAttachmentBytes} + 1, so an oversized
 * one is known to be oversized without holding it whole). Anything unreadable is a {@link MalformedMail}.
 */
public class MailReader {

    private final long maxAttachmentBytes;

    public MailReader(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public IncomingMail read(MimeMessage message) {
        try {
            Map<String, String> headers = headers(message);
            String from = headers.get("from");
            if (from == null || from.isBlank()) {
                throw new MalformedMail("no-sender", "the mail has no From header");
            }
            InternetAddress sender;
            try {
                sender = new InternetAddress(ChineseCharsets.decodeHeader(from).strip(), false);
                sender.validate();
            } catch (AddressException e) {
                throw new MalformedMail("bad-sender", "the From header is not an address");
            }
            String replyTo = null;
            if (headers.get("reply-to") != null) {
                try {
                    InternetAddress[] replies = InternetAddress.parseHeader(headers.get("reply-to"), false);
                    replyTo = replies.length == 0 ? null : replies[0].getAddress();
                } catch (AddressException e) {
                    replyTo = null;
                }
            }
            Body body = new Body();
            walk(message, body, 0);
            String text = body.plain.length() > 0 ? body.plain.toString() : htmlToText(body.html.toString());
            String subject = ChineseCharsets.decodeHeader(headers.get("subject"));
            if (text.isBlank() && (subject == null || subject.isBlank())) {
                throw new MalformedMail("no-text", "the mail has neither a subject nor a text body");
            }
            return new IncomingMail(headers.get("message-id"), headers.get("references"), sender.getAddress(),
                    sender.getPersonal() == null ? null : ChineseCharsets.decodeHeader(sender.getPersonal()), replyTo,
                    subject, text, body.attachments, AutoReplyPolicy.isAutomatic(headers, sender.getAddress()));
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof MalformedMail malformed) {
                throw malformed;
            }
            throw new MalformedMail("unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Header names in lower case → first raw value. */
    static Map<String, String> headers(MimeMessage message) throws MessagingException {
        Map<String, String> headers = new TreeMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue() == null ? "" : header.getValue().strip());
        }
        return headers;
    }

    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<IncomingMail.Part> attachments = new ArrayList<>();
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            throw new MalformedMail("too-deep", "the mail nests more than 10 levels of parts");
        }
        ContentType type = contentType(part);
        String disposition = part.getDisposition();
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null;
        if (type.match("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MalformedMail("bad-multipart", "a multipart part without parts");
            }
            if (type.match("multipart/alternative")) {
                alternative(multipart, body, depth);
                return;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), body, depth + 1);
            }
        } else if (!attached && type.match("text/plain")) {
            append(body.plain, text(part, type));
        } else if (!attached && type.match("text/html")) {
            append(body.html, text(part, type));
        } else if (type.match("message/rfc822") && !attached) {
            body.attachments.add(new IncomingMail.Part("message.eml", "message/rfc822", bytes(part)));
        } else {
            String name = part.getFileName() == null ? null : ChineseCharsets.decodeHeader(MimeUtility.unfold(part.getFileName()));
            body.attachments.add(new IncomingMail.Part(name, type.getBaseType().toLowerCase(Locale.ROOT), bytes(part)));
        }
    }

    /** The plain alternative when there is one, else the HTML one, else the last. */
    private void alternative(Multipart multipart, Body body, int depth) throws MessagingException, IOException {
        Part chosen = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            Part candidate = multipart.getBodyPart(i);
            if (contentType(candidate).match("text/plain")) {
                chosen = candidate;
                break;
            }
            if (chosen == null || contentType(candidate).match("text/html")) {
                chosen = candidate;
            }
        }
        if (chosen != null) {
            walk(chosen, body, depth + 1);
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String raw = part.getContentType();
        try {
            return new ContentType(raw == null ? "text/plain" : raw);
        } catch (jakarta.mail.internet.ParseException e) {
            return new ContentType("application/octet-stream");
        }
    }

    private String text(Part part, ContentType type) throws MessagingException, IOException {
        Charset charset = ChineseCharsets.forLabel(type.getParameter("charset") == null ? "utf-8" : type.getParameter("charset"));
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        }
    }

    private byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long limit = maxAttachmentBytes + 1;
            int read;
            while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private static void append(StringBuilder into, String text) {
        if (into.length() > 0) {
            into.append("\n\n");
        }
        into.append(text.replace("\r\n", "\n").strip());
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** HTML reduced to its text: scripts and styles dropped, block elements and {@code <br>} as line breaks. */
    static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    newLine(out);
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    newLine(out);
                }
            }
        }, document.body() == null ? document : document.body());
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
