using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Accessibility;

[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class ReducedMotionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TransitionsStopWhenTheReaderPrefersReducedMotion()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/signin");
        var button = page.Locator("form button[type=submit]");
        await Expect(button).ToHaveTextAsync("登录");

        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });
        var normal = await button.EvaluateAsync<string>("e => getComputedStyle(e).transitionDuration");
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var reduced = await button.EvaluateAsync<string>("e => getComputedStyle(e).transitionDuration");

        Assert.Equal("0.12s", normal);
        Assert.Equal("1e-05s", reduced);
    }
}
