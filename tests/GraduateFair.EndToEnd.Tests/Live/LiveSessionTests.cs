using System.Globalization;
using System.Text.RegularExpressions;
using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static GraduateFair.EndToEnd.Tests.Support.KeyboardNavigation;
using static Microsoft.Playwright.Assertions;

using GraduateFair.Tests.Shared;

namespace GraduateFair.EndToEnd.Tests.Live;

/// <summary>
/// A live job session end to end: ffmpeg publishes a test pattern over RTMP to the real nginx with
/// the session's key, the host pins a job in the studio, and a graduate watching the stream joins
/// the company's interview queue from the card with the keyboard alone.
/// </summary>
[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class LiveSessionTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string JobTitle = "Software engineer";

    /// <summary>Resolves once the page's video has played on by at least a second from when it was first seen playing.</summary>
    private const string PlaysOn = """
        async () => {
          const video = document.querySelector('video.player__video');
          const start = video.currentTime;
          await new Promise(resolve => {
            const check = () => {
              if (video.currentTime >= start + 1) {
                video.removeEventListener('timeupdate', check);
                resolve();
              }
            };
            video.addEventListener('timeupdate', check);
            check();
          });
          return video.currentTime - start;
        }
        """;

    [Fact]
    public async Task ViewerPlaysTheStreamSeesTheCardTheHostPinsAndJoinsTheQueueFromItByKeyboard()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var companyName = $"直播科技 {suffix}";
        var title = $"春季直播带岗 {suffix}";
        var organiser = await fixture.ApiAsync(BrowserFixture.Organiser);
        var employerAccount = await fixture.RegisterAsync("employer", "直播主播");
        var employer = await fixture.ApiAsync(employerAccount);
        var (_, boothId) = await ApiActor.OpenBoothAsync(organiser, employer, $"直播招聘会 {suffix}", companyName, "校园直播");
        var created = await employer.PostAsync($"/api/booths/{boothId}/live-sessions", new
        {
            title,
            startsAt = DateTimeOffset.UtcNow.AddMinutes(30).ToString("O", CultureInfo.InvariantCulture),
        });
        var sessionId = created!["sessionId"]!.GetValue<string>();

        // The host opens the studio and takes the stream key from it.
        await using var host = await fixture.NewSessionAsync();
        var studio = host.Page;
        await host.SignInAsync(employerAccount, "企业信息");
        await host.GotoAsync($"/employer/live/{sessionId}");
        await Expect(studio.Locator("h1")).ToHaveTextAsync($"直播间：{title}");
        await Expect(studio.Locator(".ingest code").First).ToHaveTextAsync(fixture.Nginx.RtmpUrl);
        await Expect(studio.Locator(".ingest__key")).ToHaveCountAsync(0);
        await host.CheckAccessibilityAsync("live studio before going live (zh-CN)");
        await studio.GetByRole(AriaRole.Button, new() { Name = "显示密钥" }).ClickAsync();
        var key = (await studio.Locator(".ingest__key").TextContentAsync())!;
        Assert.StartsWith($"{sessionId}-", key, StringComparison.Ordinal);
        await studio.GetByRole(AriaRole.Button, new() { Name = "显示密钥" }).ClickAsync();
        await Expect(studio.Locator(".ingest__key")).ToHaveCountAsync(0);

        // The graduate watches before the stream starts, then sees it go live without reloading.
        await using var viewer = await fixture.NewSessionAsync();
        var page = viewer.Page;
        await viewer.SignInAsync(await fixture.RegisterAsync("graduate", "直播观众"), "招聘会");
        await viewer.GotoAsync($"/graduate/live/{sessionId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".live-status")).ToContainTextAsync("尚未开始");

        await using var ffmpeg = FfmpegPublisher.Start(fixture.Nginx.RtmpUrl, key, size: "320x240");
        await Expect(page.Locator(".live-status")).ToHaveTextAsync("● 正在直播。");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("直播已开始。");
        await Expect(page.Locator("video.player__video")).ToBeVisibleAsync();
        var played = await page.EvaluateAsync<double>(PlaysOn).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(played >= 1, $"the video played {played} s");
        output.WriteLine($"played with {await page.Locator("video.player__video").GetAttributeAsync("data-engine")}; " +
            $"canPlayType(HLS) = '{await page.EvaluateAsync<string>("() => document.createElement('video').canPlayType('application/vnd.apple.mpegurl')")}'");

        // The host pins the booth's job in the studio; the card appears on the viewer's page.
        await Expect(studio.Locator(".live-status")).ToHaveTextAsync("● 正在直播。");
        await studio.GetByRole(AriaRole.Button, new() { Name = $"推荐 {JobTitle}", Exact = true }).ClickAsync();
        var card = page.Locator("li.live-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = JobTitle }) });
        await Expect(card).ToBeVisibleAsync();

        // Keyboard only: Tab to the card's join button and press Enter; the place shows on the card and takes the focus.
        var join = card.GetByRole(AriaRole.Button, new() { Name = $"排队面试这家单位 （岗位：{JobTitle}）" });
        await TabUntilFocusedAsync(page, join);
        Assert.NotEqual("none", await join.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        var place = card.Locator(".live-card__place");
        await Expect(place).ToHaveTextAsync($"您在 {companyName} 的面试队伍中排第 1 位（下一位）。");
        await Expect(place).ToBeFocusedAsync();
        await Expect(page.Locator("#announcer")).ToHaveTextAsync($"已在 {companyName} 排队，您是下一位。");

        // A chat message goes to the studio, where the host deletes it; it disappears for the viewer too.
        await page.Locator("#live-chat-text").FillAsync("请问可以远程实习吗？");
        await page.Locator("#live-chat-text").PressAsync("Enter");
        var line = page.Locator(".live-chat .chat__line");
        await Expect(line).ToHaveTextAsync(new Regex("^我 .*请问可以远程实习吗？$"));
        var hostLine = studio.Locator(".live-chat .chat__line");
        await Expect(hostLine).ToContainTextAsync("直播观众");
        await viewer.CheckAccessibilityAsync("live session viewer after joining from a card (zh-CN)");
        await viewer.ScreenshotAsync("live-viewer-zh-CN");
        await host.CheckAccessibilityAsync("live studio with a chat message to moderate (zh-CN)");
        await host.ScreenshotAsync("live-studio-zh-CN");
        await hostLine.GetByRole(AriaRole.Button, new() { Name = "删除 直播观众 的消息" }).ClickAsync();
        await Expect(line).ToHaveCountAsync(0);
        await Expect(hostLine).ToHaveCountAsync(0);

        // The studio's figures count the join for the card.
        await studio.GetByRole(AriaRole.Button, new() { Name = "刷新数据" }).ClickAsync();
        await Expect(studio.Locator("section[aria-labelledby=studio-stats] tbody tr")).ToHaveTextAsync($"{JobTitle}10");
        await host.CheckAccessibilityAsync("live studio while live (zh-CN)");

        await ffmpeg.StopAsync();
    }
}
