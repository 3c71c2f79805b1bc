package com.branchmate.bot.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data folder (embedded database, encryption key, kept messages) belongs to the bot's own user: the folder is
 * made 700 before anything opens a file in it, and every file in it 600 once the database has created its own.
 * Registered as a {@link BeanFactoryPostProcessor} so it runs before the data source exists.
 */
@Component
public class DataDirectoryPermissions implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryPermissions.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Path dataDir;

    @Override
    public void setEnvironment(Environment environment) {
        this.dataDir = Path.of(environment.getProperty("bot.data-dir", "./data"));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        restrict(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        restrict(dataDir);
    }

    /** Creates the folder when missing and takes group and other rights away from it and everything in it. */
    public static void restrict(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            if (!Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.forEach(path -> set(path, Files.isDirectory(path) ? FOLDER : FILE));
            }
        } catch (IOException e) {
            log.warn("Could not restrict the permissions of {}: {}", dataDir, e.getMessage());
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.isSymbolicLink(path)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // gone meanwhile, or not a POSIX file system: the folder's own rights still keep others out
        }
    }
}
