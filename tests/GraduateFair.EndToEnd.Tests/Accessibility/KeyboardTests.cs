using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static GraduateFair.EndToEnd.Tests.Support.KeyboardNavigation;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Accessibility;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraduateSignsInWithTheKeyboardAloneFromTheSkipLink()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var account = await fixture.RegisterAsync("graduate", "键盘用户");
        await session.GotoAsync("/signin");
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToHaveTextAsync("跳到主要内容");
        await Expect(skip).ToBeInViewportAsync();
        await session.ScreenshotAsync("keyboard-skip-link-zh-CN");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        var email = page.Locator("#signin-email");
        await Expect(email).ToBeFocusedAsync();
        Assert.NotEqual("none", await email.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.TypeAsync(account.Email);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#signin-password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(account.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("招聘会");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("graduate fairs after keyboard sign-in (zh-CN)");
    }

    [Fact]
    public async Task GraduateJoinsAQueueAndAcceptsTheInvitationWithTheKeyboardAlone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fairTitle = $"键盘招聘会 {suffix}";
        var companyName = $"键盘科技 {suffix}";
        var organiser = await fixture.ApiAsync(BrowserFixture.Organiser);
        var employer = await fixture.ApiAsync(await fixture.RegisterAsync("employer", "键盘招聘官"));
        var (_, boothId) = await ApiActor.OpenBoothAsync(organiser, employer, fairTitle, companyName, "软件工程师");
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(await fixture.RegisterAsync("graduate", "键盘毕业生"), "招聘会");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();

        var fairLink = page.GetByRole(AriaRole.Link, new() { Name = fairTitle });
        await TabUntilFocusedAsync(page, fairLink);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync(fairTitle);
        await Expect(page.Locator("h1")).ToBeFocusedAsync();

        var join = page.GetByRole(AriaRole.Button, new() { Name = $"排队 {companyName}" });
        await TabUntilFocusedAsync(page, join);
        Assert.NotEqual("none", await join.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync($"已在 {companyName} 排队，您是下一位。");
        await Expect(page.Locator("section[aria-labelledby=lobby-mine] tbody td").Nth(1)).ToHaveTextAsync("第 1 位（下一位）");
        await Expect(page.Locator("li.card").GetByRole(AriaRole.Button, new() { Name = $"退出排队 {companyName}" })).ToBeFocusedAsync();

        await employer.PostAsync($"/api/booths/{boothId}/queue/next");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "面试邀请" });
        var accept = dialog.GetByRole(AriaRole.Button, new() { Name = "接受并进入面试间" });
        await Expect(accept).ToBeFocusedAsync();

        // Escape hides the dialog without answering; the invitation waits in a notice with a button to show it again.
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        var showAgain = page.GetByRole(AriaRole.Button, new() { Name = "查看邀请" });
        await TabUntilFocusedAsync(page, showAgain);
        await page.Keyboard.PressAsync("Enter");
        await Expect(accept).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("invitation dialog reached by keyboard (zh-CN)");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"与 {companyName} 的面试");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await session.CheckAccessibilityAsync("interview room reached by keyboard (zh-CN)");
    }
}
