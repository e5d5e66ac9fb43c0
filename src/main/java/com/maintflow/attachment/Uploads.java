package com.maintflow.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a multipart form (portal, intake API) as uploads to check and store. */
public final class Uploads {

    private Uploads() {
    }

    /** A file input left empty sends a part without name and bytes: that is no file. */
    public static List<Attachments.Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))).map(Uploads::upload).toList();
    }

    private static Attachments.Upload upload(MultipartFile file) {
        try {
            return new Attachments.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
