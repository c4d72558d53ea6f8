using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.CaseWork;

/// <summary>
/// A graduate registers for a fair (and is turned away, in neutral words, from a session for
/// priority groups), is reminded over the hub, uploads a PDF résumé and sees the employer's read
/// of it in the access log; the employer reads it from the booth console and uploads a logo.
/// </summary>
[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class GraduateServicesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraduateRegistersIsRemindedUploadsAResumeAndSeesTheEmployerReadIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"简历毕业生{suffix}";
        var companyName = $"简历科技 {suffix}";
        var organiser = await fixture.ApiAsync(BrowserFixture.Organiser);
        var employerAccount = await fixture.RegisterAsync("employer", "简历招聘官");
        var employerApi = await fixture.ApiAsync(employerAccount);
        var (graduate, graduateApi) = await CaseWorkSetup.GraduateWithCaseAsync(fixture, name, "成都");
        var (_, boothId) = await ApiActor.OpenBoothAsync(organiser, employerApi, $"简历招聘会 {suffix}", companyName, "后端工程师");

        // Opens 30 minutes and a few seconds from now: the 30-minute reminder comes a few seconds after registering.
        var soonTitle = $"即将开始的招聘会 {suffix}";
        await CaseWorkSetup.ScheduledFairAsync(organiser, soonTitle, "general", TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(12));
        var themedTitle = $"残疾毕业生专场 {suffix}";
        await CaseWorkSetup.ScheduledFairAsync(organiser, themedTitle, "disability", TimeSpan.FromDays(2));

        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(graduate, "招聘会");

        // Registration from the fair list.
        var soonCard = page.Locator("li.card", new() { HasText = soonTitle });
        await soonCard.GetByRole(AriaRole.Button, new() { Name = $"报名参加 {soonTitle}" }).ClickAsync();
        await Expect(soonCard.Locator(".registration p")).ToContainTextAsync("报名。开始前 30 分钟和 5 分钟会提醒您。");
        await Expect(soonCard.Locator(".registration p")).ToBeFocusedAsync();

        // A session for priority groups turns the graduate away with the server's neutral words.
        var themedCard = page.Locator("li.card", new() { HasText = themedTitle });
        await Expect(themedCard).ToContainTextAsync("本场仅限相应优先帮扶群体的毕业生参加。");
        await themedCard.GetByRole(AriaRole.Button, new() { Name = $"报名参加 {themedTitle}" }).ClickAsync();
        await Expect(themedCard.Locator(".notice--warning")).ToContainTextAsync("暂时无法为您报名这场专场招聘会。");
        await Expect(themedCard.Locator(".notice--warning [lang=en]")).Not.ToBeEmptyAsync();
        await session.CheckAccessibilityAsync("fairs with registration (zh-CN)");

        // The reminder arrives over the hub: a notice, said politely, and one unread in the navigation.
        await Expect(page.Locator(".alerts")).ToContainTextAsync($"提醒：“{soonTitle}”将于", new() { Timeout = 45_000 });
        await Expect(page.Locator("#nav-unread")).ToHaveTextAsync("（1 条未读）");
        await page.GetByRole(AriaRole.Link, new() { Name = "通知（1 条未读）" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("通知");
        await Expect(page.Locator("#notifications-count")).ToHaveTextAsync("共 1 条，1 条未读。");
        await session.CheckAccessibilityAsync("notifications (zh-CN)");
        await page.GetByRole(AriaRole.Button, new() { Name = $"标为已读 {soonTitle}" }).ClickAsync();
        await Expect(page.Locator("#notifications-count")).ToHaveTextAsync("共 1 条，0 条未读。");
        await Expect(page.Locator("#nav-unread")).ToHaveCountAsync(0);

        // Recommendations (jobs pushed when posted to graduates of the discipline).
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "推荐岗位" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("推荐岗位");
        await session.CheckAccessibilityAsync("recommendations (zh-CN)");

        // A résumé: a file that is not a PDF is refused by the server in words, then the PDF goes up.
        await nav.GetByRole(AriaRole.Link, new() { Name = "简历" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("我的简历");
        await Expect(page.Locator("#resume-none")).ToHaveTextAsync("您还没有上传简历。");
        await Expect(page.Locator("#resume-log-none")).ToHaveTextAsync("还没有单位查看过您的简历。");
        await session.CheckAccessibilityAsync("resume, none yet (zh-CN)");
        var input = page.Locator("#resume-file-input");
        await input.SetInputFilesAsync(new FilePayload { Name = "resume.pdf", MimeType = "application/pdf", Buffer = "not a pdf at all"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传简历" }).ClickAsync();
        await Expect(page.Locator("#resume-file-input-error")).ToHaveTextAsync("⚠ 错误： 这不是 PDF 文件：请上传 PDF 格式的简历。");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = "张伟简历.pdf", MimeType = "application/pdf", Buffer = CaseWorkSetup.Pdf(name) });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传简历" }).ClickAsync();
        await Expect(page.Locator("#resume-uploaded")).ToHaveTextAsync("简历已上传：张伟简历.pdf。");
        await Expect(page.Locator("#resume-file")).ToContainTextAsync("张伟简历.pdf");
        await session.CheckAccessibilityAsync("resume uploaded (zh-CN)");

        // The employer reads it from the booth console while the graduate waits there.
        await graduateApi.PostAsync($"/api/booths/{boothId}/queue");
        await using var employer = await fixture.NewSessionAsync();
        var e = employer.Page;
        await employer.SignInAsync(employerAccount, "企业信息");
        await employer.GotoAsync($"/employer/booths/{boothId}");
        var read = e.GetByRole(AriaRole.Button, new() { Name = $"下载简历 {name}" });
        var download = await e.RunAndWaitForDownloadAsync(() => read.ClickAsync());
        Assert.Equal("张伟简历.pdf", download.SuggestedFilename);
        await Expect(e.Locator("#announcer")).ToHaveTextAsync($"已下载 {name} 的简历。");
        await employer.CheckAccessibilityAsync("booth console with resume links (zh-CN)");

        // ... and uploads the company's logo, shown on the company page.
        await employer.GotoAsync("/employer/company");
        await Expect(e.Locator("h1")).ToHaveTextAsync("企业信息");
        await e.GetByLabel("选择图片").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = CaseWorkSetup.Png });
        await e.GetByRole(AriaRole.Button, new() { Name = "上传标志" }).ClickAsync();
        await Expect(e.GetByRole(AriaRole.Img, new() { Name = $"{companyName} 的标志" })).ToBeVisibleAsync();
        await employer.CheckAccessibilityAsync("company page with logo (zh-CN)");

        // The graduate sees who read the résumé.
        await page.ReloadAsync();
        var log = page.Locator("#resume-log-table tbody tr");
        await Expect(log).ToHaveCountAsync(1);
        await Expect(log.First.Locator("th")).ToHaveTextAsync(companyName);
        await Expect(log.First).ToContainTextAsync("简历招聘官");
        await session.ScreenshotAsync("graduate-resume-zh-CN");

        // Every new graduate page in English too.
        await page.Locator(".language button[lang='en']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("My résumé");
        await Expect(page.Locator("#resume-log-table caption")).ToHaveTextAsync("Employers who read your résumé, newest first");
        await session.CheckAccessibilityAsync("resume (en)");
        var navEn = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await navEn.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await Expect(page.Locator("#notifications-count")).ToHaveTextAsync("1 in all, 0 unread.");
        await session.CheckAccessibilityAsync("notifications (en)");
        await navEn.GetByRole(AriaRole.Link, new() { Name = "Recommended jobs" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Recommended jobs");
        await session.CheckAccessibilityAsync("recommendations (en)");
        await navEn.GetByRole(AriaRole.Link, new() { Name = "Job fairs" }).ClickAsync();
        await Expect(page.Locator("li.card", new() { HasText = soonTitle }).Locator(".registration p")).ToContainTextAsync("You will be reminded 30 and 5 minutes before it opens.");
        await session.CheckAccessibilityAsync("fairs with registration (en)");
        await e.Locator(".language button[lang='en']").ClickAsync();
        await Expect(e.GetByRole(AriaRole.Img, new() { Name = $"Logo of {companyName}" })).ToBeVisibleAsync();
        await employer.CheckAccessibilityAsync("company page with logo (en)");
    }
}
