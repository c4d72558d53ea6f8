using GraduateFair.EndToEnd.Tests.Support;
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
}
