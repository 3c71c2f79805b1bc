package com.branchmate.bot.console;

import org.openqa.selenium.WebDriver;

/** The web chat's checks on a phone's viewport. */
class ChatPhoneBrowserTest extends ChatBrowserTest {

    @Override
    WebDriver newBrowser() {
        return Browser.phone(375, 667);
    }
}
