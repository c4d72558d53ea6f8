using System.Globalization;
using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.Story;

/// <summary>
/// Issue 7's story in the three consoles, each in its own browser context, against the real
/// server and hub: a fair from creation to an offer made in a video interview, in Chinese and in
/// English, with axe-core on every page and screenshots of each console.
/// </summary>
[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class FairStoryTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task AFairFromCreationToAnOfferInAVideoInterview(string lang)
    {
        var w = lang == "en" ? StoryWords.English : StoryWords.Chinese;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fairTitle = lang == "en" ? $"Spring graduate fair {suffix}" : $"春季毕业生招聘会 {suffix}";
        var companyName = lang == "en" ? $"Chengdu Optics {suffix}" : $"成都光电 {suffix}";
        var boothTitle = lang == "en" ? "Optical engineers" : "光学工程师";
        var (firstName, secondName) = lang == "en" ? ("Li Hua", "Wang Fang") : ("李华", "王芳");

        await using var organiser = await fixture.NewSessionAsync();
        await using var employer = await fixture.NewSessionAsync();
        await using var first = await fixture.NewSessionAsync();
        await using var second = await fixture.NewSessionAsync();

        // The organiser creates a fair and opens it now, then watches its dashboard.
        var o = organiser.Page;
        await organiser.UseLanguageAsync(lang);
        await organiser.CheckAccessibilityAsync($"sign-in ({lang})");
        await organiser.SignInAsync(BrowserFixture.Organiser, w.OrganiserHome);
        await o.GetByRole(AriaRole.Link, new() { Name = w.ManageFairs }).ClickAsync();
        await Expect(o.Locator("h1")).ToHaveTextAsync(w.ManageFairs);
        var shanghai = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        await o.GetByLabel(w.FairTitleLabel).FillAsync(fairTitle);
        await o.GetByLabel(w.OpensAtLabel).FillAsync(shanghai.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await o.GetByLabel(w.ClosesAtLabel).FillAsync(shanghai.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await o.GetByRole(AriaRole.Button, new() { Name = w.CreateFair }).ClickAsync();
        var fairCard = o.Locator("li.card", new() { HasText = fairTitle });
        await fairCard.GetByRole(AriaRole.Button, new() { Name = w.OpenNow }).ClickAsync();
        await Expect(fairCard.Locator(".status")).ToHaveTextAsync(w.StatusOpen);
        await organiser.CheckAccessibilityAsync($"organiser fairs ({lang})");
        await fairCard.GetByRole(AriaRole.Link, new() { Name = w.LiveDashboard }).ClickAsync();
        await Expect(o.Locator("h1")).ToContainTextAsync(fairTitle);
        var dashboard = o.Url;

        // The employer registers a company, which waits for verification.
        var e = employer.Page;
        var employerAccount = await fixture.RegisterAsync("employer", lang == "en" ? "Recruiter Zhou" : "周招聘");
        await employer.UseLanguageAsync(lang);
        await employer.SignInAsync(employerAccount, w.CompanyHome);
        await e.GetByLabel(w.CompanyNameLabel).FillAsync(companyName);
        await e.GetByLabel(w.CreditCodeLabel).FillAsync(ApiActor.NewCreditCode());
        await e.GetByLabel(w.IndustryLabel).FillAsync(lang == "en" ? "Optics" : "光学仪器");
        await e.GetByLabel(w.CityLabel).FillAsync(lang == "en" ? "Chengdu" : "成都");
        await e.GetByRole(AriaRole.Button, new() { Name = w.SubmitCompany }).ClickAsync();
        await Expect(e.Locator(".status")).ToHaveTextAsync(w.Pending);
        await employer.CheckAccessibilityAsync($"employer company pending ({lang})");

        // The organiser verifies it.
        await o.GetByRole(AriaRole.Link, new() { Name = w.OrganiserHome }).ClickAsync();
        await o.GetByRole(AriaRole.Button, new() { Name = $"{w.Verify} {companyName}" }).ClickAsync();
        await Expect(o.Locator("#announcer")).ToContainTextAsync(companyName);
        await organiser.CheckAccessibilityAsync($"organiser company verification ({lang})");
        await organiser.GotoAsync(dashboard);
        await Expect(o.Locator("h1")).ToContainTextAsync(fairTitle);

        // The employer opens a booth with a job, and its live queue.
        await e.GetByRole(AriaRole.Link, new() { Name = w.BoothsNav }).ClickAsync();
        await Expect(e.Locator("h1")).ToHaveTextAsync(w.BoothsNav);
        var fairOption = await e.Locator("#booth-fairId option", new() { HasText = fairTitle }).GetAttributeAsync("value");
        await e.GetByLabel(w.FairLabel, new() { Exact = false }).SelectOptionAsync(fairOption!);
        await e.GetByLabel(w.BoothNameLabel).FillAsync(boothTitle);
        await e.GetByRole(AriaRole.Button, new() { Name = w.OpenBooth }).ClickAsync();
        var boothCard = e.Locator("article.card", new() { HasText = boothTitle });
        await boothCard.GetByLabel(w.JobTitleLabel).FillAsync(lang == "en" ? "Optical design engineer" : "光学设计工程师");
        await boothCard.GetByLabel(w.DisciplineLabel).SelectOptionAsync(new SelectOptionValue { Label = w.Engineering });
        await boothCard.GetByLabel(w.DegreeLabel).SelectOptionAsync(new SelectOptionValue { Label = w.Bachelor });
        await boothCard.GetByLabel(w.JobCityLabel).FillAsync(lang == "en" ? "Chengdu" : "成都");
        await boothCard.GetByRole(AriaRole.Button, new() { Name = w.AddJob }).ClickAsync();
        await Expect(boothCard.Locator(".notice--success")).ToContainTextAsync(w.JobAdded);
        await employer.CheckAccessibilityAsync($"employer booths and jobs ({lang})");
        await boothCard.GetByRole(AriaRole.Link, new() { Name = w.OpenConsole }).ClickAsync();
        await Expect(e.Locator("h1")).ToContainTextAsync(boothTitle);
        await employer.CheckAccessibilityAsync($"employer queue console, empty ({lang})");

        // Two graduates join the queue from the fair's lobby: positions 1 and 2.
        var g1 = first.Page;
        var g2 = second.Page;
        await JoinAsync(first, w, lang, firstName, fairTitle, companyName);
        await Expect(MyPlace(g1, companyName)).ToHaveTextAsync(w.FirstPosition);
        await first.CheckAccessibilityAsync($"graduate lobby, first in the queue ({lang})");
        await JoinAsync(second, w, lang, secondName, fairTitle, companyName);
        await Expect(MyPlace(g2, companyName)).ToHaveTextAsync(w.SecondPosition);

        // Live counts, without reloading: the first graduate's lobby, the organiser's dashboard, the employer's queue.
        await Expect(g1.Locator("li.card", new() { HasText = companyName }).Locator(".facts dd").First).ToHaveTextAsync(w.TwoWaiting);
        await Expect(o.Locator("#dashboard-table tbody tr", new() { HasText = companyName }).Locator("td").First).ToHaveTextAsync(w.TwoWaiting);
        await Expect(o.Locator(".chart__value").First).ToHaveTextAsync(w.TwoWaiting);
        await organiser.CheckAccessibilityAsync($"organiser live dashboard ({lang})");
        await organiser.ScreenshotAsync($"organiser-console-{lang}");
        await Expect(e.Locator("table.table tbody tr")).ToHaveCountAsync(2);
        await Expect(e.Locator("table.table tbody tr").First.Locator("th")).ToHaveTextAsync(firstName);
        await employer.CheckAccessibilityAsync($"employer queue console with two waiting ({lang})");
        await employer.ScreenshotAsync($"employer-console-{lang}");
        await first.ScreenshotAsync($"graduate-console-{lang}");

        // The employer calls next; the first graduate accepts within the countdown.
        await e.GetByRole(AriaRole.Button, new() { Name = w.CallNext }).ClickAsync();
        var invitation = g1.GetByRole(AriaRole.Dialog, new() { Name = w.InvitationTitle });
        await Expect(invitation).ToBeVisibleAsync();
        await Expect(invitation).ToContainTextAsync(companyName);
        await Expect(invitation.GetByRole(AriaRole.Timer)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1:[0-2]\d$"));
        await Expect(invitation.GetByRole(AriaRole.Button, new() { Name = w.Accept })).ToBeFocusedAsync();
        await first.CheckAccessibilityAsync($"graduate invitation dialog ({lang})");
        await first.ScreenshotAsync($"graduate-invitation-{lang}");
        await invitation.GetByRole(AriaRole.Button, new() { Name = w.Accept }).ClickAsync();
        await Expect(g1.Locator("h1")).ToContainTextAsync(companyName);
        await Expect(e.Locator("h1")).ToContainTextAsync(firstName);

        // Video and audio both ways: connected, and each side decodes the other's frames.
        await PeerConnections.WaitUntilConnectedAsync(g1, "the graduate");
        await PeerConnections.WaitUntilConnectedAsync(e, "the employer");
        Assert.InRange(await PeerConnections.WaitUntilDecodingVideoAsync(g1, "the graduate"), 1, long.MaxValue);
        Assert.InRange(await PeerConnections.WaitUntilDecodingVideoAsync(e, "the employer"), 1, long.MaxValue);
        await Expect(g1.Locator(".room__video [role=status]")).ToContainTextAsync(w.Connected);
        await Expect(e.Locator(".room__video [role=status]")).ToContainTextAsync(w.Connected);

        // A chat message each way.
        var hello = lang == "en" ? "Hello, thank you for the invitation." : "您好，感谢邀请。";
        var reply = lang == "en" ? "Welcome! Tell us about your optics project." : "欢迎！请介绍一下您的光学项目。";
        await g1.GetByLabel(w.ChatLabel, new() { Exact = true }).FillAsync(hello);
        await g1.GetByRole(AriaRole.Button, new() { Name = w.Send }).ClickAsync();
        await Expect(e.Locator(".chat__log")).ToContainTextAsync(hello);
        await e.GetByLabel(w.ChatLabel, new() { Exact = true }).FillAsync(reply);
        await e.GetByRole(AriaRole.Button, new() { Name = w.Send }).ClickAsync();
        await Expect(g1.Locator(".chat__log")).ToContainTextAsync(reply);
        await Expect(g1.Locator(".chat__log li")).ToHaveCountAsync(2);
        await first.CheckAccessibilityAsync($"graduate interview room ({lang})");
        await employer.CheckAccessibilityAsync($"employer interview room ({lang})");
        await first.ScreenshotAsync($"graduate-room-{lang}");
        await employer.ScreenshotAsync($"employer-room-{lang}");

        // Private notes, then the employer ends with an offer.
        await e.GetByLabel(w.NotesLabel).FillAsync(lang == "en" ? "Strong optics background." : "光学基础扎实。");
        await e.GetByRole(AriaRole.Button, new() { Name = w.SaveNotes }).ClickAsync();
        await Expect(e.Locator(".saved")).ToBeVisibleAsync();
        await e.GetByLabel(w.Offer, new() { Exact = true }).CheckAsync();
        await e.GetByRole(AriaRole.Button, new() { Name = w.EndInterview }).ClickAsync();
        await Expect(e.Locator("h1")).ToContainTextAsync(boothTitle);
        await Expect(e.Locator("table.table tbody tr")).ToHaveCountAsync(1);

        // The first graduate is told the outcome in words; the second is now first, without reloading.
        await Expect(g1.Locator("main .notice").First).ToContainTextAsync(w.OfferWords);
        await Expect(g1.Locator("#chat-text")).ToHaveCountAsync(0);
        await first.CheckAccessibilityAsync($"graduate room after the offer ({lang})");
        await Expect(MyPlace(g2, companyName)).ToHaveTextAsync(w.FirstPosition);
        await second.CheckAccessibilityAsync($"graduate lobby, now first ({lang})");
    }

    private async Task JoinAsync(BrowserSession session, StoryWords w, string lang, string name, string fairTitle, string companyName)
    {
        var account = await fixture.RegisterAsync("graduate", name);
        var api = await fixture.ApiAsync(account);
        await api.PutAsync("/api/me/profile", new
        {
            fullName = name,
            university = lang == "en" ? "Sichuan University" : "四川大学",
            discipline = "engineering",
            degree = "bachelor",
            graduationYear = 2026,
            city = lang == "en" ? "Chengdu" : "成都",
            accommodations = Array.Empty<string>(),
        });
        await session.UseLanguageAsync(lang);
        await session.SignInAsync(account, w.GraduateHome);
        await session.CheckAccessibilityAsync($"graduate fairs ({lang})");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = fairTitle }).ClickAsync();
        await Expect(session.Page.Locator("h1")).ToHaveTextAsync(fairTitle);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = $"{w.Join} {companyName}" }).ClickAsync();
    }

    /// <summary>The position cell of the graduate's queue at the company, in "my queues".</summary>
    private static ILocator MyPlace(IPage page, string companyName) =>
        page.Locator("section[aria-labelledby=lobby-mine] tbody tr", new() { HasText = companyName }).Locator("td").Nth(1);
}
