using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.CaseWork;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class CaseKeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OrganiserRecordsACaseStatusWithTheKeyboardAlone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"键盘档案{suffix}";
        var (graduate, _) = await CaseWorkSetup.GraduateWithCaseAsync(fixture, name, $"键盘市{suffix}");
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(BrowserFixture.Organiser, "企业审核");
        var graduateId = (await fixture.ApiAsync(graduate)).UserId;
        await session.GotoAsync($"/organiser/cases/{graduateId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{name} 的档案");

        // Tab to the status, choose "暂不就业" with the arrow keys, and send the form with Enter.
        var status = page.Locator("#case-status-status");
        await TabUntilFocusedAsync(page, status);
        Assert.NotEqual("none", await status.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(status).ToHaveValueAsync("not-seeking");
        var note = page.Locator("#case-status-note");
        await TabUntilFocusedAsync(page, note);
        await page.Keyboard.TypeAsync("继续深造，暂不求职");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "记录状态" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#case-status-saved")).ToHaveTextAsync($"已将 {name} 的状态记录为“暂不就业”。");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync($"已将 {name} 的状态记录为“暂不就业”。");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("暂不就业");
        await Expect(page.Locator("#case-history-table tbody tr").First).ToContainTextAsync("求职中 → 暂不就业");
        await session.CheckAccessibilityAsync("case status recorded by keyboard (zh-CN)");
    }

    /// <summary>Presses Tab until the element has focus, as a keyboard user would (at most 60 times).</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }
}
