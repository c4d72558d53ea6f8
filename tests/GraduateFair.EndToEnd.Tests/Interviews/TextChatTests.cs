using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Interviews;

/// <summary>The interview room without video: chosen for a graduate who asked for text chat, and when a camera fails.</summary>
[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class TextChatTests(BrowserFixture fixture)
{
    private const string PeersMade = "() => (window.__peers || []).length";

    [Fact]
    public async Task AGraduateWhoAskedForTextChatGetsATextOnlyRoomOnBothSides()
    {
        await using var graduate = await fixture.NewSessionAsync();
        await using var employer = await fixture.NewSessionAsync();
        var setup = await InterviewSetup.StartAsync(fixture, "陈静", ["text-chat"], account => graduate.SignInAsync(account, "招聘会"));
        await employer.SignInAsync(setup.Employer, "企业信息");
        var g = graduate.Page;
        var e = employer.Page;

        await graduate.GotoAsync($"/graduate/rooms/{setup.RoomId}");
        await employer.GotoAsync($"/employer/rooms/{setup.RoomId}");

        const string textOnly = "仅文字聊天：毕业生选择了以文字聊天代替视频。需要时可以开启视频。";
        await Expect(g.Locator(".room__video [role=status]")).ToHaveTextAsync(textOnly);
        await Expect(e.Locator(".room__video [role=status]")).ToHaveTextAsync(textOnly);
        await Expect(e.Locator(".employer-panel")).ToContainTextAsync("面试便利需求以文字聊天代替视频");
        await g.GetByLabel("消息", new() { Exact = true }).FillAsync("您好，我用文字回答。");
        await g.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await Expect(e.Locator(".chat__log")).ToContainTextAsync("您好，我用文字回答。");
        await e.GetByLabel("消息", new() { Exact = true }).FillAsync("好的，请介绍一下您的研究。");
        await e.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await Expect(g.Locator(".chat__log")).ToContainTextAsync("好的，请介绍一下您的研究。");

        Assert.Equal(0, await g.Locator("video").CountAsync());
        Assert.Equal(0, await e.Locator("video").CountAsync());
        Assert.Equal(0, await g.EvaluateAsync<int>(PeersMade));
        Assert.Equal(0, await e.EvaluateAsync<int>(PeersMade));
        await Expect(g.GetByRole(AriaRole.Button, new() { Name = "开启视频" })).ToBeVisibleAsync();
        await graduate.CheckAccessibilityAsync("text-only room, graduate (zh-CN)");
        await employer.CheckAccessibilityAsync("text-only room, employer (zh-CN)");
    }

    [Fact]
    public async Task WhenTheCameraFailsTheRoomFallsBackToTextChatAndTheOtherSideIsTold()
    {
        await using var graduate = await fixture.NewSessionAsync();
        await using var employer = await fixture.NewSessionAsync();
        await graduate.Page.Context.AddInitScriptAsync(
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        var setup = await InterviewSetup.StartAsync(fixture, "赵磊", [], account => graduate.SignInAsync(account, "招聘会"));
        await employer.SignInAsync(setup.Employer, "企业信息");
        var g = graduate.Page;
        var e = employer.Page;

        await employer.GotoAsync($"/employer/rooms/{setup.RoomId}");
        await Expect(e.Locator(".room__video [role=status]")).ToHaveTextAsync("等待 赵磊 加入视频…");
        await graduate.GotoAsync($"/graduate/rooms/{setup.RoomId}");

        await Expect(g.Locator(".room__video [role=status]")).ToHaveTextAsync("无法使用摄像头或麦克风，已改为文字聊天。检查设备后可以重试。");
        await Expect(g.GetByRole(AriaRole.Button, new() { Name = "重试视频" })).ToBeVisibleAsync();
        await Expect(e.Locator(".room__video [role=status]")).ToHaveTextAsync("赵磊 目前只使用文字聊天。");
        await g.GetByLabel("消息", new() { Exact = true }).FillAsync("摄像头坏了，我们文字聊吧。");
        await g.Keyboard.PressAsync("Enter");
        await Expect(e.Locator(".chat__log")).ToContainTextAsync("摄像头坏了，我们文字聊吧。");
        Assert.Equal(0, await g.EvaluateAsync<int>(PeersMade));
        await graduate.CheckAccessibilityAsync("room after the camera failed, graduate (zh-CN)");
        await employer.CheckAccessibilityAsync("room with a text-only graduate, employer (zh-CN)");
    }
}
