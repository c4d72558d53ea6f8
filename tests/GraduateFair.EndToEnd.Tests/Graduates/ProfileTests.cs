using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Graduates;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class ProfileTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraduateSavesAProfileAfterFixingTheYearTheServerRejected()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var account = await fixture.RegisterAsync("graduate", "张华");
        await session.SignInAsync(account, "招聘会");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "个人资料" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("个人资料");
        await Expect(page.Locator(".notice")).ToContainTextAsync("您还没有保存个人资料。");

        await page.GetByLabel("姓名").FillAsync("张华");
        await page.GetByLabel("毕业院校").FillAsync("西北农林科技大学");
        await page.GetByLabel("学科门类").SelectOptionAsync(new SelectOptionValue { Label = "农学" });
        await page.GetByLabel("学历").SelectOptionAsync(new SelectOptionValue { Label = "本科" });
        await page.GetByLabel("毕业年份").FillAsync("1800");
        await page.GetByLabel("所在城市").FillAsync("西安");
        await page.GetByLabel("以文字聊天代替视频").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存个人资料" }).ClickAsync();

        var year = page.Locator("#profile-graduationYear");
        await Expect(page.Locator("#profile-graduationYear-error")).ToHaveTextAsync("⚠ 错误： Graduation year must be between 1990 and 2100.");
        await Expect(year).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(year).ToHaveAttributeAsync("aria-describedby", "profile-graduationYear-hint profile-graduationYear-error");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".error-summary a")).ToHaveTextAsync(["毕业年份: Graduation year must be between 1990 and 2100."]);
        await session.CheckAccessibilityAsync("profile with a server error (zh-CN)");
        await session.ScreenshotAsync("graduate-profile-error-zh-CN");

        await year.FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存个人资料" }).ClickAsync();
        await Expect(page.Locator(".notice--success")).ToHaveTextAsync("✓个人资料已保存。");
        await Expect(year).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("个人资料已保存。");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("姓名")).ToHaveValueAsync("张华");
        await Expect(page.GetByLabel("学科门类")).ToHaveValueAsync("agriculture");
        await Expect(page.GetByLabel("学历")).ToHaveValueAsync("bachelor");
        await Expect(year).ToHaveValueAsync("2026");
        await Expect(page.GetByLabel("以文字聊天代替视频")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("实时字幕")).Not.ToBeCheckedAsync();
        await session.CheckAccessibilityAsync("saved profile (zh-CN)");
        await session.ScreenshotAsync("graduate-profile-zh-CN");
    }
}
