package com.maintflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.customer.Customers;
import com.maintflow.support.BrowserIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instructor signs a session's sheet in Camunda Tasklist with a Chinese browser: trainer1 finds the sheet in
 * 指派给我的候选任务 / Offered to me by name (the sheets go to the training's instructors, not to a group), reads the
 * numbered attendees on the form, claims it, removes the absent attendee, confirms and completes; the sheet is then
 * confirmed by trainer1 with the attendees listed. Screenshots in target/e2e/.
 */
class TrainingSignInBrowserIT extends BrowserIntegrationTest {

    private static final String TASKLIST = BASE_URL + "/camunda/app/tasklist/";
    private static final String OFFERED_FILTER = "指派给我的候选任务";

    @Autowired private ProcessEngine engine;
    @Autowired private TrainingService service;
    @Autowired private Trainings trainings;
    @Autowired private Customers customers;

    @Test
    void instructorSignsTheSheetOfASessionInChineseTasklist() {
        // given: a planned training with its materials ready, one session
        var start = TrainingFixtures.threeWeeksAhead();
        String number = service.order(TrainingFixtures.order(TrainingFixtures.newContract(customers), start, 5))
                .trainingNumber();
        complete(number, "Task_PlanTraining", Map.of("instructors", "trainer1", "logistics", "钱伟",
                "sessions", start + " 09:00-12:00 培训室 A"));
        complete(number, "Task_PrepareMaterials", Map.of("materialsReady", true));

        // when: trainer1 opens the sheet from the filter of tasks offered to them by name
        logIn("trainer1");
        click(By.xpath("//*[contains(text(),'" + OFFERED_FILTER + "')]"));
        click(By.xpath("//li[contains(@class,'task')][contains(.,'" + number + "')]//*[contains(text(),'" + number
                + "')]"));
        WebElement attendees = chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'学员及报名')]")));
        chromium.screenshot("training-01-sign-in-sheet");
        assertThat(attendees.getText()).contains("张伟", "李娜", "王芳");
        click(By.xpath("//*[normalize-space(text())='认领']"));
        chromium.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
        WebElement attended = chromium.driver().findElement(By.cssSelector("input[name='attendedNumbers'], input[id$='Field_attendedNumbers']"));
        assertThat(attended.getAttribute("value")).isEqualTo("1,2,3");
        attended.clear();
        attended.sendKeys("1,3");
        click(By.xpath("//*[contains(@class,'fjs-form-field-checkbox')]//input[@type='checkbox']"));
        chromium.screenshot("training-02-sheet-filled");
        click(By.xpath("//button[normalize-space(.)='完成']"));

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> trainings.view(number).sessions().get(0).confirmed());
        chromium.screenshot("training-03-sheet-confirmed");
        var sheet = trainings.view(number).sessions().get(0);
        assertThat(sheet.confirmedBy()).isEqualTo("trainer1");
        assertThat(sheet.attended()).containsExactly(1, 3);
    }

    private void complete(String number, String taskKey, Map<String, Object> fields) {
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().claim(task.getId(), "trainer1");
        engine.getTaskService().complete(task.getId(), fields);
    }

    private void logIn(String user) {
        var driver = chromium.driver();
        driver.get(TASKLIST);
        chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(text(),'" + OFFERED_FILTER + "')]")));
    }

    private void click(By target) {
        WebElement element = chromium.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(target));
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
