using System.Net;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GraduateFair.Server.Tests.Scheduling;

public sealed class SweepTests
{
    /// <summary>The first two Mondays at 03:00 in Wuhan after <see cref="ScheduledApp.StartTime"/>.</summary>
    private static readonly DateTimeOffset FirstWeekly = new(2026, 6, 8, 3, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset SecondWeekly = FirstWeekly.AddDays(7);

    [Fact]
    public async Task TheWeeklySweepPushesThreeMatchedJobsOrFiveToPriorityGraduatesAndNeverTheSameJobTwice()
    {
        await using var app = ScheduledApp.Start();
        var (employer, boothId) = await BoothAsync(app);
        var engineering = new Dictionary<string, string>();
        foreach (var (title, degree, city) in new[]
        {
            ("E1", "bachelor", "Wuhan"), ("E2", "bachelor", "Wuhan"), ("E3", "bachelor", "Beijing"), ("E4", "associate", "Wuhan"),
            ("E5", "master", "Wuhan"), ("E6", "bachelor", "Shanghai"), ("E7", "associate", "Beijing"),
        })
        {
            engineering[await PostAndAwaitPushAsync(app, employer, boothId, title, "engineering", degree, city)] = title;
        }

        var medicine = await PostAndAwaitPushAsync(app, employer, boothId, "M1", "medicine", "bachelor", "Wuhan");
        var regular = await app.Story.GraduateWithProfileAsync("Regular");
        var priority = await app.Story.GraduateWithProfileAsync("Priority", priorityGroup: "hardship-family");
        var doctor = await app.Story.GraduateWithProfileAsync("Doctor", discipline: "medicine");
        var employed = await app.Story.GraduateWithProfileAsync("Employed");
        var organiser = await app.Story.OrganiserAsync();
        var (recorded, _) = await app.Story.Client.PostAsync($"/api/cases/{employed.UserId}/status", new { status = "employed", employer = "Wuhan Optics Ltd", date = "2026-06-03" }, organiser.Token);

        await SweepAsync(app, FirstWeekly);
        var regularFirst = await TitlesAsync(app, regular, engineering);
        var priorityFirst = await TitlesAsync(app, priority, engineering);
        var regularCase = await app.Story.ObjectAsync($"/api/cases/{regular.UserId}", organiser);
        var priorityCase = await app.Story.ObjectAsync($"/api/cases/{priority.UserId}", organiser);
        await SweepAsync(app, SecondWeekly);
        var regularSecond = await TitlesAsync(app, regular, engineering);
        var prioritySecond = await TitlesAsync(app, priority, engineering);
        var regularRecommendations = await app.Story.ArrayAsync("/api/me/recommendations", regular);

        Assert.Equal(HttpStatusCode.OK, recorded);

        // Own degree first, own city first within it; never a master's job for a bachelor.
        Assert.Equal(3, regularFirst.Count);
        Assert.Superset(new HashSet<string> { "E1", "E2" }, regularFirst.ToHashSet());
        Assert.Contains(regularFirst.Except(["E1", "E2"]).Single(), new[] { "E3", "E6" });
        Assert.Equal(5, priorityFirst.Count);
        Assert.Equal(["E1", "E2", "E3", "E4", "E6"], priorityFirst.Order());
        Assert.Equal(3, regularCase["services"]!["recommendation"]!.GetValue<int>());
        Assert.Equal(5, priorityCase["services"]!["recommendation"]!.GetValue<int>());
        Assert.DoesNotContain(regularCase["lacking"]!.AsArray(), l => l.Text("kind") == "recommendation");

        // The second week brings only what was not pushed before.
        Assert.Equal(["E1", "E2", "E3", "E4", "E6", "E7"], regularSecond.Order());
        Assert.Equal(regularSecond.Count, regularSecond.Distinct().Count());
        Assert.Equal(["E1", "E2", "E3", "E4", "E6", "E7"], prioritySecond.Order());
        Assert.Equal([medicine], (await app.Story.ArrayAsync("/api/me/recommendations", doctor)).Select(r => r.Text("jobId")));
        Assert.Empty(await app.Story.ArrayAsync("/api/me/recommendations", employed));

        var e1 = regularRecommendations.Single(r => r.Text("title") == "E1");
        Assert.Equal(["discipline", "degree", "city"], e1!["matched"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("matches your discipline (engineering), degree (bachelor) and city (Wuhan)", e1.Text("reason"));
        Assert.Equal(("Wuhan Optics Ltd", boothId), (e1.Text("companyName"), e1.Text("boothId")));
        var e7 = regularRecommendations.Single(r => r.Text("title") == "E7");
        Assert.Equal("matches your discipline (engineering)", e7.Text("reason"));
    }

    [Fact]
    public async Task APostedJobIsPushedAtOnceToTheSeekingGraduatesItMatches()
    {
        await using var app = ScheduledApp.Start();
        var (employer, boothId) = await BoothAsync(app);
        var engineer = await app.Story.GraduateWithProfileAsync("Engineer", city: "Xiamen");
        var doctor = await app.Story.GraduateWithProfileAsync("Doctor", discipline: "medicine", degree: "master");

        var first = await PostAndAwaitPushAsync(app, employer, boothId, "Optical engineer", "engineering", "bachelor", "Xiamen");
        var afterFirst = await app.Story.ArrayAsync("/api/me/recommendations", engineer);
        var nurse = await PostAndAwaitPushAsync(app, employer, boothId, "Nurse", "medicine", "bachelor", "Wuhan");
        var second = await PostAndAwaitPushAsync(app, employer, boothId, "Test engineer", "engineering", "associate", "Wuhan");
        var afterSecond = await app.Story.ArrayAsync("/api/me/recommendations", engineer);

        Assert.Equal([first], afterFirst.Select(r => r.Text("jobId")));
        Assert.Equal("matches your discipline (engineering), degree (bachelor) and city (Xiamen)", afterFirst[0].Text("reason"));
        Assert.Equal([second, first], afterSecond.Select(r => r.Text("jobId")));
        Assert.Equal([nurse], (await app.Story.ArrayAsync("/api/me/recommendations", doctor)).Select(r => r.Text("jobId")));
    }

    [Fact]
    public async Task TheMonthlySweepCreatesAFollowUpForEachSeekingGraduateNotContactedForThirtyDays()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var city = "Xiangyang-" + Guid.NewGuid().ToString("N")[..6];
        var quiet = await app.Story.GraduateWithProfileAsync("Quiet", city: city);
        var contacted = await app.Story.GraduateWithProfileAsync("Contacted", city: city);
        var employed = await app.Story.GraduateWithProfileAsync("Employed", city: city);
        await app.Story.Client.PostAsync($"/api/cases/{employed.UserId}/status", new { status = "employed", employer = "Xiangyang Motors", date = "2026-06-10" }, organiser.Token);

        // 1 July: nobody has gone 30 days without contact yet.
        await MonthlyAsync(app, new DateTimeOffset(2026, 7, 1, 4, 0, 0, TimeSpan.FromHours(8)));
        var july = await app.Story.ObjectAsync($"/api/follow-ups?city={city}", organiser);
        app.Clock.AdvanceTo(new DateTimeOffset(2026, 7, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        await app.Story.Client.PostAsync($"/api/cases/{contacted.UserId}/services", new { kind = "guidance", count = 1, note = "CV workshop" }, organiser.Token);

        // 1 August: the quiet graduate's case opened 2 June, never contacted.
        var august = new DateTimeOffset(2026, 8, 1, 4, 0, 0, TimeSpan.FromHours(8));
        await MonthlyAsync(app, august);
        var due = await app.Story.ObjectAsync($"/api/follow-ups?city={city}", organiser);
        var again = app.Probe.Next(Sweeps.MonthlyFollowUp);
        var scheduler = await app.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(Sweeps.MonthlyFollowUp);
        await SchedulerProbe.Within(again, "the follow-up sweep run again");
        var afterAgain = await app.Story.ObjectAsync($"/api/follow-ups?city={city}", organiser);
        var followUpId = due["items"]![0].Text("followUpId")!;
        var (completed, answer) = await app.Story.Client.PostAsync($"/api/follow-ups/{followUpId}/complete", new { channel = "phone", note = "Looking in Wuhan now." }, organiser.Token);
        var (twice, problem) = await app.Story.Client.PostAsync($"/api/follow-ups/{followUpId}/complete", new { channel = "phone" }, organiser.Token);
        var open = await app.Story.ObjectAsync($"/api/follow-ups?city={city}", organiser);
        var done = await app.Story.ObjectAsync($"/api/follow-ups?city={city}&status=completed", organiser);
        var quietCase = await app.Story.ObjectAsync($"/api/cases/{quiet.UserId}", organiser);

        Assert.Equal(0, july["total"]!.GetValue<int>());
        Assert.Equal(1, due["total"]!.GetValue<int>());
        Assert.Equal(
            (quiet.UserId, "Quiet", "seeking", ScheduledApp.StartTime.AddDays(30), true),
            (due["items"]![0].Text("graduateId"), due["items"]![0].Text("fullName"), due["items"]![0].Text("status"), due["items"]![0]!["dueAt"]!.GetValue<DateTimeOffset>(), due["items"]![0]!["open"]!.GetValue<bool>()));
        Assert.Equal(1, afterAgain["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.Equal((false, "phone", organiser.UserId, "Looking in Wuhan now."), (answer!["open"]!.GetValue<bool>(), answer.Text("channel"), answer.Text("completedBy"), answer.Text("note")));
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Equal("Follow-up already completed", problem.Text("title"));
        Assert.Equal(0, open["total"]!.GetValue<int>());
        Assert.Equal([followUpId], done["items"]!.AsArray().Select(i => i.Text("followUpId")));
        Assert.Equal(august, quietCase["lastContactAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal([false], quietCase["followUps"]!.AsArray().Select(f => f!["open"]!.GetValue<bool>()));
    }

    private static async Task<(Session Employer, string BoothId)> BoothAsync(ScheduledApp app)
    {
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, ScheduledApp.StartTime.AddHours(1), ScheduledApp.StartTime.AddDays(60));
        var employer = await app.Story.Client.SignUpAsync("employer", "Recruiter Wang");
        var companyId = await app.Story.CreateVerifiedCompanyAsync(employer, organiser);
        return (employer, await app.Story.CreateBoothAsync(employer, fairId, companyId));
    }

    private static async Task<string> PostAndAwaitPushAsync(ScheduledApp app, Session employer, string boothId, string title, string discipline, string degree, string city)
    {
        var push = app.Probe.Next(Sweeps.NewJobPush);
        var jobId = await app.Story.AddJobAsync(employer, boothId, title, discipline, degree, city);
        await SchedulerProbe.Within(push, $"the push of the new job {title}");
        return jobId;
    }

    private static async Task SweepAsync(ScheduledApp app, DateTimeOffset at)
    {
        var sweep = app.Probe.Next(Sweeps.WeeklyPush);
        app.Clock.AdvanceTo(at);
        var run = await SchedulerProbe.Within(sweep, $"the weekly push of {at:yyyy-MM-dd}");
        Assert.Equal(at, run.ScheduledFireTimeUtc);
    }

    private static async Task MonthlyAsync(ScheduledApp app, DateTimeOffset at)
    {
        var sweep = app.Probe.Next(Sweeps.MonthlyFollowUp);
        app.Clock.AdvanceTo(at);
        var run = await SchedulerProbe.Within(sweep, $"the follow-up sweep of {at:yyyy-MM-dd}");
        Assert.Equal(at, run.ScheduledFireTimeUtc);
    }

    private static async Task<List<string>> TitlesAsync(ScheduledApp app, Session graduate, Dictionary<string, string> titles) =>
        [.. (await app.Story.ArrayAsync("/api/me/recommendations", graduate)).Select(r => titles[r.Text("jobId")!])];

}
