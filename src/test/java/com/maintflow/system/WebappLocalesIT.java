package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running webapps serve our Chinese labels, our locale settings, the banner-hiding styles and Cockpit's ticket
 * link plugin, not the webjar's defaults.
 */
@MaintFlowIntegrationTest
class WebappLocalesIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void webappServesChineseLocaleAndSettings(String app) {
        var api = new MaintFlowApi(port).anonymous();

        var zh = api.get("/camunda/app/" + app + "/locales/zh.json");
        var config = api.get("/camunda/app/" + app + "/scripts/config.js");
        var styles = api.get("/camunda/app/" + app + "/styles/user-styles.css");

        assertThat(zh.status()).as("%s", zh).isEqualTo(200);
        assertThat(zh.json().path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登录");
        assertThat(config.body()).contains("availableLocales: ['zh', 'en']");
        assertThat(styles.body()).contains(".ce-eol-banner");
    }

    @Test
    void cockpitLoadsTicketLinkPlugin() {
        var api = new MaintFlowApi(port).anonymous();

        var config = api.get("/camunda/app/cockpit/scripts/config.js");
        var plugin = api.get("/camunda/app/cockpit/scripts/ticket-link.js");

        assertThat(config.body()).contains("customScripts: ['scripts/ticket-link', 'scripts/dashboard-link']");
        assertThat(plugin.status()).as("%s", plugin).isEqualTo(200);
        assertThat(plugin.body()).contains("pluginPoint: 'cockpit.processInstance.runtime.action'")
                .contains("pluginPoint: 'cockpit.processInstance.runtime.tab'").contains("/tickets/");
    }

    @Test
    void tasklistLoadsTheChineseFormTexts() {
        var api = new MaintFlowApi(port).anonymous();

        var config = api.get("/camunda/app/tasklist/scripts/config.js");
        var script = api.get("/camunda/app/tasklist/scripts/form-texts-zh.js");

        assertThat(config.body()).contains("customScripts: ['scripts/form-texts-zh']");
        assertThat(script.status()).as("%s", script).isEqualTo(200);
        assertThat(script.body()).contains("必填 / Required").contains("export default []");
    }
}
