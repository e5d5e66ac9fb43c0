package com.maintflow.attachment;

import com.maintflow.system.Actors;
import com.maintflow.system.Sha256;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachment capability's public face: checks files a customer uploads, stores them with their ticket in the
 * caller's transaction (a refused or failed submission stores no file), lists a ticket's files without reading their
 * contents, and hands one out for download.
 */
@Service
@Transactional
public class Attachments {

    /** The column holds 255 characters; longer names keep their end, where the extension is. */
    private static final int MAX_NAME = 255;
    /** What the portal's file input accepts, for the browser's file picker; the server decides by content. */
    public static final String ACCEPT = "image/*,.pdf,.txt,.log,.csv,.zip";

    private final AttachmentRepository attachments;
    private final AttachmentSettings settings;
    private final Actors actors;

    Attachments(AttachmentRepository attachments, AttachmentSettings settings, Actors actors) {
        this.attachments = attachments;
        this.settings = settings;
        this.actors = actors;
    }

    /** A file as the customer sent it: its name as their system called it, and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** One stored file as staff see it in a list. */
    public record Listed(Long id, String name, String type, long size, AttachmentSource source, Instant receivedAt) {
    }

    /** One stored file to download. */
    public record Download(String name, String type, byte[] content) {
    }

    /** Why a file was refused; {@code field} is {@code files} or {@code files[i]} (0-based). */
    /** A file as the archive seals it: what it was, where it came from, and the SHA-256 of its bytes. */
    public record Sealed(String filename, String contentType, long sizeBytes, AttachmentSource source, String sha256,
                         Instant receivedAt) {
    }

    public record Refusal(String field, String message) {
    }

    /** What is wrong with these uploads under {@code maintflow.attachments}; empty when all may be stored. */
    @Transactional(readOnly = true)
    public List<Refusal> check(List<Upload> uploads) {
        List<Refusal> refusals = new ArrayList<>();
        if (uploads.size() > settings.maxFiles()) {
            refusals.add(new Refusal("files", "at most " + settings.maxFiles() + " files / 最多 "
                    + settings.maxFiles() + " 个文件"));
        }
        for (int i = 0; i < uploads.size(); i++) {
            byte[] content = uploads.get(i).content();
            String field = "files[" + i + "]";
            if (content.length > settings.maxFileSize().toBytes()) {
                String limit = settings.maxFileSize().toMegabytes() + " MB";
                refusals.add(new Refusal(field, uploads.get(i).name() + ": larger than " + limit + " / 超过 " + limit));
            } else if (ContentTypes.of(content).isEmpty()) {
                refusals.add(new Refusal(field, uploads.get(i).name() + ": "
                        + (content.length == 0 ? "is empty / 文件为空"
                        : "only images, PDF, text or log files and ZIP archives / 仅接受图片、PDF、文本或日志文件和 ZIP 压缩包")));
            }
        }
        return refusals;
    }

    /** Throws {@link AttachmentsRefusedException}, naming every file refused, unless all may be stored. */
    @Transactional(readOnly = true)
    public void refuseUnacceptable(List<Upload> uploads) {
        var refusals = check(uploads);
        if (!refusals.isEmpty()) {
            throw new AttachmentsRefusedException(refusals);
        }
    }

    /** Stores the uploads with {@code ticket}, typed by content; refuses all of them if any is not acceptable. */
    public void storeUploads(String ticket, AttachmentSource source, List<Upload> uploads) {
        refuseUnacceptable(uploads);
        uploads.forEach(upload -> attachments.save(new Attachment(ticket, source, cleanName(upload.name()),
                ContentTypes.of(upload.content()).orElseThrow(), upload.content(), actors.now())));
    }

    /** Stores a file as it came (a mail attachment: the type its mail declared, its already decoded name). */
    public void store(String ticket, AttachmentSource source, String name, String declaredType, byte[] content) {
        attachments.save(new Attachment(ticket, source, cleanName(name), declaredType, content, actors.now()));
    }

    @Transactional(readOnly = true)
    public List<Listed> of(String ticket) {
        return attachments.listByTicket(ticket);
    }

    /** Every file of the ticket with the hash of its bytes, in the order they arrived: for sealing the archive. */
    @Transactional(readOnly = true)
    public List<Sealed> sealed(String ticket) {
        return attachments.findByTicketOrderByIdAsc(ticket).stream()
                .map(a -> new Sealed(a.getFilename(), a.getContentType(), a.getSizeBytes(), a.getSource(),
                        Sha256.hex(a.getContent()), a.getReceivedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Download> download(String ticket, long id) {
        return attachments.findByIdAndTicket(id, ticket)
                .map(file -> new Download(file.getFilename(), file.getContentType(), file.getContent()));
    }

    /**
     * The file's own name: without a path some browsers send ({@code C:\fakepath\日志.txt}), without control
     * characters, at most 255 characters.
     */
    static String cleanName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
        if (base.isEmpty()) {
            return "attachment";
        }
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }
}
