package com.loyaltybatch.launch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.account.job.AccountJobs;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points imports: {@code /loyalty-imports/v1/loyalty-imports} (under {@code /_api} on Wix's own
 * host too). Create takes a {@code fileUrl}; execute runs the {@code import-points} job.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.IMPORTS, "/_api" + ApiPaths.IMPORTS})
class ImportsApi {

    record Values(List<String> values) {
    }

    record HeaderMapping(String columnName, Integer columnIndex) {
    }

    record HeaderMappingInfo(List<HeaderMapping> headerMappings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileMetadata(Long size, String name, String url, Values header, HeaderMappingInfo headerMappingInfo,
            List<Values> sampleDataRows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParseResult(Long parsedRowCount, String parseErrorReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportResult(boolean errorFileExists, Long successCount, Long failureCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireImport(String id, String asyncImportJobId, String revision, Instant createdDate, Instant updatedDate,
            String status, FileMetadata fileMetadata, ParseResult parseResult, ImportResult importResult) {
    }

    record CreateRequest(String fileUrl, String fileName, Long fileSize) {
    }

    record ExecuteRequest(String loyaltyImportId, HeaderMappingInfo headerMappingInfo) {
    }

    record ImportBody(WireImport loyaltyImport) {
    }

    record QueryRequest(CursorQuery query) {
    }

    record ImportsPage(List<WireImport> loyaltyImports, Wire.CursorPagingMetadata pagingMetadata) {
    }

    private final LoyaltyImports imports;
    private final JsonMapper json;

    ImportsApi(LoyaltyImports imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping("/loyalty-imports")
    ImportBody create(@RequestBody CreateRequest request) {
        return new ImportBody(wire(imports.create(request.fileUrl(), request.fileName(), request.fileSize())));
    }

    @GetMapping("/loyalty-imports")
    ImportBody get(@RequestParam String loyaltyImportId) {
        return new ImportBody(wire(imports.get(loyaltyImportId)));
    }

    /** The file must name its columns email and points; a mapping that says otherwise is refused. */
    @PostMapping("/loyalty-imports/execute")
    ImportBody execute(@RequestBody ExecuteRequest request) {
        if (request.loyaltyImportId() == null) {
            throw InvalidInputException.field("loyaltyImportId", "required");
        }
        var stored = imports.get(request.loyaltyImportId());
        if (request.headerMappingInfo() != null && request.headerMappingInfo().headerMappings() != null) {
            for (HeaderMapping mapping : request.headerMappingInfo().headerMappings()) {
                int index = mapping.columnIndex() == null ? -1 : mapping.columnIndex();
                String column = index >= 0 && index < stored.header().size() ? stored.header().get(index).strip() : null;
                if (column == null || !column.equalsIgnoreCase(String.valueOf(mapping.columnName()))) {
                    throw InvalidInputException.field("headerMappingInfo", "column " + index + " of the file is "
                            + column + ", not " + mapping.columnName() + ": the header must name the columns email and points");
                }
            }
        }
        return new ImportBody(wire(imports.execute(request.loyaltyImportId())));
    }

    @GetMapping("/loyalty-imports/error-file-download-url")
    Map<String, String> errorFileUrl(@RequestParam String loyaltyImportId, HttpServletRequest request) {
        imports.get(loyaltyImportId);
        String base = request.getRequestURL().toString();
        return Map.of("url", base.substring(0, base.lastIndexOf('/')) + "/" + loyaltyImportId + "/errors.csv");
    }

    /** The rows the import rejected, with their reasons (needs the API key like every route). */
    @GetMapping("/loyalty-imports/{loyaltyImportId}/errors.csv")
    ResponseEntity<FileSystemResource> errorFile(@PathVariable String loyaltyImportId) {
        var errors = imports.errorsFile(imports.get(loyaltyImportId));
        if (!Files.isRegularFile(errors)) {
            throw new NotFoundException("errors file of loyalty import", loyaltyImportId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(new FileSystemResource(errors));
    }

    @PostMapping("/loyalty-imports/wixmp-upload-url")
    Map<String, String> uploadUrl() {
        throw new NotSupportedException("upload URLs are Wix Media's; give createLoyaltyImport a file: path or an "
                + "allowed http(s) URL instead");
    }

    @PostMapping("/loyalty-imports/query")
    ImportsPage query(@RequestBody QueryRequest body) {
        var page = SmallQuery.page(json, imports.list().stream().map(this::wire).toList(), CursorQuery.orEmpty(body.query()));
        return new ImportsPage(page.items(), Wire.CursorPagingMetadata.of(page.items().size(), page.nextCursor()));
    }

    private WireImport wire(LoyaltyImports.Stored stored) {
        var execution = imports.execution(stored);
        String status;
        ImportResult result = null;
        if (stored.parseError() != null) {
            status = "FAILED";
        } else if (execution.isEmpty()) {
            status = stored.executionId() == null ? "PARSED" : "IMPORTING";
        } else {
            var e = execution.get();
            var context = e.getExecutionContext();
            status = e.getStatus() == BatchStatus.COMPLETED ? "IMPORTED"
                    : e.getStatus().isRunning() ? "IMPORTING" : "FAILED";
            long rejected = context.getLong(AccountJobs.IMPORT_REJECTED, 0L);
            result = new ImportResult(rejected > 0 && Files.isRegularFile(imports.errorsFile(stored)),
                    context.getLong(AccountJobs.IMPORT_CREDITED, 0L)
                            + context.getLong(AccountJobs.IMPORT_ALREADY_CREDITED, 0L), rejected);
        }
        var file = new FileMetadata(sizeOf(stored), stored.fileName(), stored.fileUrl(), new Values(stored.header()),
                null, stored.sampleRows().stream().map(Values::new).toList());
        return new WireImport(stored.id(), stored.executionId() == null || stored.executionId() < 0 ? null
                : stored.executionId().toString(), Wire.revision(stored.revision()), stored.createdDate(),
                stored.updatedDate(), status, file, new ParseResult(stored.rowCount(), stored.parseError()), result);
    }

    private static Long sizeOf(LoyaltyImports.Stored stored) {
        try {
            return stored.fileSize() != null ? stored.fileSize() : Files.size(stored.file());
        } catch (IOException e) {
            return null;
        }
    }
}
