using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Employers;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class QueueConsoleTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CallNextExplainsAPausedBoothAndAnEmptyQueueInWords()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var employerAccount = await fixture.RegisterAsync("employer", "暂停招聘官");
        var organiser = await fixture.ApiAsync(BrowserFixture.Organiser);
        var (_, boothId) = await ApiActor.OpenBoothAsync(organiser, await fixture.ApiAsync(employerAccount), $"暂停测试 {suffix}", $"暂停科技 {suffix}", "测试工程师");
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(employerAccount, "企业信息");
        await session.GotoAsync($"/employer/booths/{boothId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("排队台：测试工程师");

        await page.GetByRole(AriaRole.Button, new() { Name = "暂停叫号" }).ClickAsync();
        await Expect(page.Locator("#console-controls + p")).ToHaveTextAsync("状态： 已暂停叫号（毕业生仍可排队） · 0 人排队");
        await page.GetByRole(AriaRole.Button, new() { Name = "叫下一位" }).ClickAsync();
        var refusal = page.Locator(".notice--warning");
        await Expect(refusal).ToHaveTextAsync("!现在不能叫号：展位已暂停，或您正在等待答复或面试中。 (The booth is paused: resume it to invite graduates.)");
        await Expect(refusal.Locator("span[lang=en]")).ToHaveTextAsync("(The booth is paused: resume it to invite graduates.)");
        await session.CheckAccessibilityAsync("queue console refusing to call while paused (zh-CN)");

        await page.GetByRole(AriaRole.Button, new() { Name = "恢复叫号" }).ClickAsync();
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("已恢复叫号。");
        await page.GetByRole(AriaRole.Button, new() { Name = "叫下一位" }).ClickAsync();
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("现在没有可以邀请的人：队伍为空，或排队的人正在其他面试中或不在线。");
        await Expect(refusal).ToHaveCountAsync(0);
    }
}
