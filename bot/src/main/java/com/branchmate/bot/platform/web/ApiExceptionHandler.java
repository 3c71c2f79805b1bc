package com.branchmate.bot.platform.web;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.branchmate.bot.platform.persistence.DatabaseDown;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Real statuses with Chinese messages; never a stack trace or an internal message to the caller. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        FieldError first = e.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
        if (first == null) {
            return status(HttpStatus.BAD_REQUEST, "请求内容不合法", null);
        }
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .collect(Collectors.joining("；"));
        return status(HttpStatus.BAD_REQUEST, message, first.getField());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            return status(HttpStatus.BAD_REQUEST, "字段 " + field + " 的格式不对", field);
        }
        if (cause instanceof JacksonException) {
            return status(HttpStatus.BAD_REQUEST, "请求体不是合法的 JSON", "body");
        }
        return status(HttpStatus.BAD_REQUEST, "缺少请求体或格式不对", "body");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return status(HttpStatus.BAD_REQUEST, "缺少参数 " + e.getParameterName(), e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return status(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的格式不对", e.getName());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return status(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return status(HttpStatus.CONFLICT, e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return status(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return status(HttpStatus.NOT_FOUND, "没有这个地址", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return status(HttpStatus.FORBIDDEN, "没有权限执行这个操作", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return status(HttpStatus.METHOD_NOT_ALLOWED, "不支持这个请求方法", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请用 JSON 格式（Content-Type: application/json）", "body");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return status(HttpStatus.CONTENT_TOO_LARGE, "文件太大，超过了上传限制", "file");
    }

    /** A multipart body the server cannot take apart, e.g. a file name holding a NUL. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badUpload(MultipartException e) {
        return status(HttpStatus.BAD_REQUEST, "上传的文件无法读取：文件名或格式不对", "file");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseDown.is(e)) {
            log.warn("Database unavailable while answering an API request: {}", e.getClass().getSimpleName());
            return status(HttpStatus.SERVICE_UNAVAILABLE, "数据库暂时不可用，请稍后再试", null);
        }
        log.error("Unexpected error answering an API request", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "服务器开了个小差，请稍后再试", null);
    }

    private static ResponseEntity<ApiError> status(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, field));
    }
}
