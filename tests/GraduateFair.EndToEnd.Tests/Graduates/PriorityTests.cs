using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Graduates;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class PriorityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraduateGivesSeparateConsentForPriorityGroupsAndWithdrawsIt()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var account = await fixture.RegisterAsync("graduate", "Chen Jing");
        await session.SignInAsync(account, "招聘会");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Priority support" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Priority support");
        await Expect(page.Locator(".explain")).ToContainTextAsync("Employers never see which group you belong to.");
        await Expect(page.Locator(".explain")).ToContainTextAsync("you are served earlier in interview queues");
        await Expect(page.Locator("#priority-current")).ToHaveTextAsync("You have no priority groups recorded.");
        await Expect(page.GetByLabel("I separately and explicitly consent", new() { Exact = false })).Not.ToBeCheckedAsync();
        await session.CheckAccessibilityAsync("priority, nothing recorded (en)");
        await session.ScreenshotAsync("graduate-priority-en");

        await page.GetByLabel("Disability").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consent and record" }).ClickAsync();
        await Expect(page.Locator("#priority-consent-error")).ToHaveTextAsync("⚠ Error: Tick the consent box to record priority groups.");
        await Expect(page.Locator("#priority-consent")).ToHaveAttributeAsync("aria-describedby", "priority-consent-hint priority-consent-error");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        await page.GetByLabel("I separately and explicitly consent", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consent and record" }).ClickAsync();
        await Expect(page.Locator(".notice--success")).ToHaveTextAsync("✓Your priority groups are recorded.");
        await Expect(page.Locator("#priority-current li")).ToHaveTextAsync(["Disability"]);
        await Expect(page.Locator("#priority-current p")).ToContainTextAsync("you consented to record these groups");
        await Expect(page.Locator("#priority-status")).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("priority recorded (en)");
        await session.ScreenshotAsync("graduate-priority-recorded-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent and erase my groups" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" });
        await Expect(confirm).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".notice--success")).ToHaveTextAsync("✓Consent withdrawn; your priority groups are erased.");
        await Expect(page.Locator("#priority-current")).ToHaveTextAsync("You have no priority groups recorded.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent and erase my groups" })).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Expect(page.Locator("#priority-current")).ToHaveTextAsync("You have no priority groups recorded.");
        await Expect(page.GetByLabel("Disability")).Not.ToBeCheckedAsync();
        await session.CheckAccessibilityAsync("priority withdrawn (en)");
    }
}
