using System.Net;
using System.Text;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Reports;

public sealed class ReportTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly Story _story = new(app);

    /// <summary>
    /// Two booths, three jobs with 3 + 2 + 4 openings. R1 joins booth 1 at 0 s; P (priority lane)
    /// joins booth 1 at 60 s; R2 and then R1 join booth 2 at 120 s. Booth 1 invites P at 300 s
    /// (waited 240 s, priority lane), who takes an interview ending in an offer; then R1 at 600 s
    /// (waited 600 s), an interview ending in a rejection. Booth 2 invites R2 at 660 s (waited
    /// 540 s), who declines. Waits: all 240, 540, 600 (median 540, 90th percentile rank ⌈2.7⌉ = 3:
    /// 600); priority lane 240; everyone else 540, 600 (median 570, 90th percentile rank 2: 600).
    /// </summary>
    [Fact]
    public async Task AFairsReportHasTheFiguresWorkedOutByHandAndTheCsvIsSavedWithAByteOrderMark()
    {
        var organiser = await _story.OrganiserAsync();
        var fairId = await _story.CreateFairAsync(organiser, new
        {
            title = "困难家庭毕业生专场",
            theme = "hardship-family",
            eligibility = "everyone",
            opensAt = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.AddDays(31).ToString("O"),
        });
        var (employer1, booth1) = await BoothAsync(organiser, fairId, "Wuhan Optics Ltd");
        var (employer2, booth2) = await BoothAsync(organiser, fairId, "Jiangcheng Logistics");
        await _story.AddJobAsync(employer1, booth1, "Optical engineer", "engineering", "bachelor", "Wuhan", openings: 3);
        await _story.AddJobAsync(employer1, booth1, "Test engineer", "engineering", "bachelor", "Wuhan", openings: 2);
        await _story.AddJobAsync(employer2, booth2, "Dispatcher", "management", "associate", "Wuhan", openings: 4);
        var r1 = await _story.GraduateAsync("Regular One");
        var p = await _story.GraduateAsync("Priority", priorityGroup: "hardship-family");
        var r2 = await _story.GraduateAsync("Regular Two");

        await _story.JoinAsync(r1, booth1);
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await _story.JoinAsync(p, booth1);
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await _story.JoinAsync(r2, booth2);
        await _story.JoinAsync(r1, booth2);
        app.Clock.Advance(TimeSpan.FromSeconds(180));
        var pRoom = await InterviewNextAsync(employer1, booth1, p);
        app.Clock.Advance(TimeSpan.FromSeconds(300));
        await _story.Client.PostAsync($"/api/rooms/{pRoom}/end", new { outcome = "offer" }, employer1.Token);
        var r1Room = await InterviewNextAsync(employer1, booth1, r1);
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        var (_, r2Invitation) = await _story.Client.PostAsync($"/api/booths/{booth2}/queue/next", token: employer2.Token);
        await _story.Client.PostAsync($"/api/invitations/{r2Invitation.Text("invitationId")}/decline", token: r2.Token);
        app.Clock.Advance(TimeSpan.FromSeconds(240));
        await _story.Client.PostAsync($"/api/rooms/{r1Room}/end", new { outcome = "reject" }, employer1.Token);

        var (status, report) = await _story.Client.GetAsync($"/api/fairs/{fairId}/report", organiser.Token);
        var (asEmployer, _) = await _story.Client.GetAsync($"/api/fairs/{fairId}/report", employer1.Token);
        using var csv = await CsvAsync($"/api/fairs/{fairId}/report.csv", organiser);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        var saved = await SavedAsync($"reports/fairs/{fairId}/");

        Assert.Equal(r2.UserId, r2Invitation.Text("graduateId"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Forbidden, asEmployer);
        Assert.Equal((2, 3, 9, 3, 2, 1), (Int(report, "booths"), Int(report, "jobs"), Int(report, "openings"), Int(report, "graduatesQueued"), Int(report, "interviews"), Int(report, "offers")));
        Assert.Equal((1, 2, 50.0), (Int(report!["offerRate"], "part"), Int(report["offerRate"], "whole"), report["offerRate"]!["percent"]!.GetValue<double>()));
        Assert.Equal((3, 540, 600, "9 minutes", "10 minutes"), Waits(report, "wait"));
        Assert.Equal((1, 240, 240, "4 minutes", "4 minutes"), Waits(report, "priorityLaneWait"));
        Assert.Equal((2, 570, 600, "10 minutes", "10 minutes"), Waits(report, "otherWait"));
        Assert.Equal(
            "2 booths, 3 jobs with 9 openings; 3 graduates queued, 2 interviews, 1 offer (50%). " +
            "Median wait: priority lane 4 minutes (90th percentile 4 minutes), everyone else 10 minutes (90th percentile 10 minutes).",
            report.Text("summary"));
        foreach (var graduate in new[] { r1, p, r2 })
        {
            Assert.DoesNotContain(graduate.UserId, report.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.Equal(
            "fairId,title,booths,jobs,openings,graduatesQueued,interviews,offers,offerRatePercent,waitCount,waitMedianSeconds,waitP90Seconds," +
            "priorityLaneWaitCount,priorityLaneWaitMedianSeconds,priorityLaneWaitP90Seconds,otherWaitCount,otherWaitMedianSeconds,otherWaitP90Seconds\r\n" +
            $"{fairId},困难家庭毕业生专场,2,3,9,3,2,1,50,3,540,600,1,240,240,2,570,600\r\n",
            Encoding.UTF8.GetString(csvBytes[3..]));
        Assert.Equal([csvBytes], saved);
    }

    /// <summary>
    /// Four cases in one city this month: A employed; B (hardship family, consented) with all of
    /// 1311 recorded by an organiser; C (disability, consented) not seeking; D seeking with nothing
    /// yet. Served 4; 1311 done 1 (25%); employed 1 (25%); signed or employed 1 (25%); priority
    /// graduates wanting help: B only (C does not want help), helped 1 of 1 (100%).
    /// </summary>
    [Fact]
    public async Task TheMonthlySupervisionReportCountsACitysCasesAsTheyStandAtTheMonthsEnd()
    {
        var organiser = await _story.OrganiserAsync();
        var city = "Shiyan-" + Guid.NewGuid().ToString("N")[..6];
        var a = await _story.GraduateWithProfileAsync("A", city: city);
        var b = await _story.GraduateWithProfileAsync("B", city: city, priorityGroup: "hardship-family");
        var c = await _story.GraduateWithProfileAsync("C", city: city, priorityGroup: "disability");
        await _story.GraduateWithProfileAsync("D", city: city);
        await _story.Client.PostAsync($"/api/cases/{a.UserId}/status", new { status = "employed", employer = "Dongfeng Motor", date = "2026-11-02" }, organiser.Token);
        foreach (var (kind, count) in new[] { ("guidance", 1), ("recommendation", 3), ("training", 1), ("internship", 1) })
        {
            await _story.Client.PostAsync($"/api/cases/{b.UserId}/services", new { kind, count }, organiser.Token);
        }

        await _story.Client.PostAsync($"/api/cases/{c.UserId}/status", new { status = "not-seeking" }, organiser.Token);
        var month = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var before = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var reports = await _story.ArrayAsync($"/api/reports/monthly?month={month}&city={city.ToUpperInvariant()}", organiser);
        var earlier = await _story.ArrayAsync($"/api/reports/monthly?month={before}&city={city}", organiser);
        using var csv = await CsvAsync($"/api/reports/monthly.csv?month={month}&city={city}", organiser);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();

        var report = Assert.Single(reports);
        Assert.Equal((city, $"{month}-01", 4), (report.Text("city"), report.Text("month"), Int(report, "graduatesServed")));
        Assert.Equal((1, 4, 25.0), Share(report, "all1311Done"));
        Assert.Equal((1, 4, 25.0), Share(report, "employed"));
        Assert.Equal((1, 4, 25.0), Share(report, "signedOrEmployed"));
        Assert.Equal((1, 1, 100.0), Share(report, "priorityHelped"));
        Assert.Equal(0, Int(Assert.Single(earlier), "graduatesServed"));
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.EndsWith($"{city},{month},4,1,25,1,25,1,25,1,1,100\r\n", Encoding.UTF8.GetString(csvBytes[3..]), StringComparison.Ordinal);
        Assert.Single(await SavedAsync($"reports/monthly/{month}/{city}/"));
    }

    /// <summary>
    /// A live session with one pinned job: two graduates watch (peak 2, total 2), one leaves and a
    /// third arrives (peak still 2, total 3); two chat messages; one graduate joins the queue from
    /// the card and applies, another applies. The fair's report carries the session's figures.
    /// </summary>
    [Fact]
    public async Task AFairsReportCarriesEachLiveSessionsFigures()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, fairId, boothId) = await _story.OpenBoothAsync(organiser);
        var jobId = await _story.AddJobAsync(employer, boothId, "Optical engineer");
        var (_, created) = await _story.Client.PostAsync(
            $"/api/booths/{boothId}/live-sessions",
            new { title = "Optics live", startsAt = app.Clock.GetUtcNow().AddMinutes(30).ToString("O"), externalHlsUrl = "https://cdn.example.org/optics.m3u8" },
            employer.Token);
        var sessionId = created.Text("sessionId")!;
        await _story.Client.PostAsync($"/api/live-sessions/{sessionId}/start", token: employer.Token);
        await _story.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{jobId}", token: employer.Token);
        var (li, wang, zhao) = (await _story.GraduateAsync("Li Hua"), await _story.GraduateAsync("Wang Fang"), await _story.GraduateAsync("Zhao Lei"));
        await using var liHub = await app.ConnectHubAsync(li);
        await using var wangHub = await app.ConnectHubAsync(wang);
        await using var zhaoHub = await app.ConnectHubAsync(zhao);

        await liHub.InvokeAsync("WatchLive", sessionId);
        await liHub.On("LiveViewers").NextAsync();
        await wangHub.InvokeAsync("WatchLive", sessionId);
        await liHub.InvokeAsync("SendLiveChat", sessionId, "What is the salary?");
        await wangHub.InvokeAsync("SendLiveChat", sessionId, "Is there housing?");
        await wangHub.InvokeAsync("UnwatchLive", sessionId);
        await zhaoHub.InvokeAsync("WatchLive", sessionId);
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        await liHub.On("LiveViewers").WaitForAsync(m => m.Argument<LiveViewersDto>().Viewers == 2, "two viewers");
        await _story.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/queue", token: li.Token);
        await _story.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: li.Token);
        await _story.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: zhao.Token);
        await _story.Client.PostAsync($"/api/live-sessions/{sessionId}/end", token: employer.Token);

        var (status, report) = await _story.Client.GetAsync($"/api/fairs/{fairId}/report", organiser.Token);
        using var csv = await CsvAsync($"/api/fairs/{fairId}/report.csv", organiser);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, status);
        var live = Assert.Single(report!["liveSessions"]!.AsArray())!;
        Assert.Equal((sessionId, boothId, "Wuhan Optics Ltd", "Optics live", "ended"), (live.Text("sessionId"), live.Text("boothId"), live.Text("companyName"), live.Text("title"), live.Text("status")));
        Assert.Equal((2, 3, 2), (Int(live, "peakViewers"), Int(live, "totalViewers"), Int(live, "chatMessages")));
        var job = Assert.Single(live["jobs"]!.AsArray())!;
        Assert.Equal((jobId, "Optical engineer", 1, 2), (job.Text("jobId"), job.Text("title"), Int(job, "queueJoins"), Int(job, "applications")));
        Assert.Equal("sessionId,boothId,companyName,sessionTitle,startsAt,status,peakViewers,totalViewers,chatMessages,jobId,jobTitle,queueJoins,applications", lines[3]);
        Assert.StartsWith($"{sessionId},{boothId},Wuhan Optics Ltd,Optics live,", lines[4], StringComparison.Ordinal);
        Assert.EndsWith($",ended,2,3,2,{jobId},Optical engineer,1,2", lines[4], StringComparison.Ordinal);
    }

    private async Task<(Session Employer, string BoothId)> BoothAsync(Session organiser, string fairId, string companyName)
    {
        var employer = await _story.Client.SignUpAsync("employer", "Recruiter of " + companyName);
        var companyId = await _story.CreateVerifiedCompanyAsync(employer, organiser, companyName);
        return (employer, await _story.CreateBoothAsync(employer, fairId, companyId, companyName + " booth"));
    }

    private async Task<string> InterviewNextAsync(Session employer, string boothId, Session expected)
    {
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        Assert.Equal(expected.UserId, called.Text("graduateId"));
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: expected.Token);
        return accepted.Text("roomId")!;
    }

    private async Task<HttpResponseMessage> CsvAsync(string path, Session organiser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", organiser.Token);
        var response = await _story.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<List<byte[]>> SavedAsync(string prefix)
    {
        var page = await app.Store.ListAsync(prefix);
        var saved = new List<byte[]>();
        foreach (var item in page.Items)
        {
            saved.Add((await app.Store.GetAsync(item.Name))!.Content.ToArray());
        }

        return saved;
    }

    private static int Int(System.Text.Json.Nodes.JsonNode? node, string property) => node![property]!.GetValue<int>();

    private static (int, int, double) Share(System.Text.Json.Nodes.JsonNode? node, string property) =>
        (Int(node![property], "part"), Int(node[property], "whole"), node[property]!["percent"]!.GetValue<double>());

    private static (int, int?, int?, string?, string?) Waits(System.Text.Json.Nodes.JsonNode? report, string property)
    {
        var wait = report![property]!;
        return (Int(wait, "count"), wait["medianSeconds"]?.GetValue<int>(), wait["p90Seconds"]?.GetValue<int>(), wait.Text("medianText"), wait.Text("p90Text"));
    }
}
