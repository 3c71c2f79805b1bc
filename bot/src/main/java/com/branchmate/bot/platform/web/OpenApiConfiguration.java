package com.branchmate.bot.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API documentation page (/swagger-ui.html, behind the console login) describes /api/** from the controllers;
 * shared/api.md remains the contract other tools rely on.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI branchMateApi() {
        return new OpenAPI()
                .info(new Info().title("网点助手 BranchMate API").version("v1")
                        .description("控制台和外部工具使用的接口。用控制台登录会话（带 X-XSRF-TOKEN 头）"
                                + "或 Authorization: Bearer <令牌> 调用；错误返回 JSON：{\"status\",\"error\",\"field\"}。"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
