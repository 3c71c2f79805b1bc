package com.branchmate.bot.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Lets a test take the database away and bring it back, as a network cut or a database restart would. */
public class SwitchableDataSource extends DelegatingDataSource {

    private volatile boolean down;

    public SwitchableDataSource(DataSource target) {
        super(target);
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLTransientConnectionException("database unreachable (test)");
        }
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (down) {
            throw new SQLTransientConnectionException("database unreachable (test)");
        }
        return super.getConnection(username, password);
    }

    /** Import into a Spring test: wraps the application's DataSource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wrapping {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(dataSource) : bean;
                }
            };
        }
    }
}
