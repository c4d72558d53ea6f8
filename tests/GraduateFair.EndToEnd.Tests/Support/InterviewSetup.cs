namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>An interview reached through the API, for tests about the room itself.</summary>
public sealed record InterviewSetup(string RoomId, string BoothId, string CompanyName, TestAccount Employer, TestAccount Graduate)
{
    /// <summary>
    /// Opens a booth, lets the graduate (whose profile asks for the accommodations given) join and
    /// accept an invitation. The graduate must be online (signed in in a browser) before
    /// <paramref name="graduateOnline"/> returns, since "call next" skips graduates who are not.
    /// </summary>
    public static async Task<InterviewSetup> StartAsync(BrowserFixture fixture, string graduateName, string[] accommodations, Func<TestAccount, Task> graduateOnline)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(graduateOnline);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var companyName = $"面试科技 {suffix}";
        var employerAccount = await fixture.RegisterAsync("employer", "面试官");
        var graduateAccount = await fixture.RegisterAsync("graduate", graduateName);
        var organiser = await fixture.ApiAsync(BrowserFixture.Organiser);
        var employer = await fixture.ApiAsync(employerAccount);
        var graduate = await fixture.ApiAsync(graduateAccount);
        await graduate.PutAsync("/api/me/profile", new
        {
            fullName = graduateName,
            university = "武汉大学",
            discipline = "science",
            degree = "master",
            graduationYear = 2026,
            city = "武汉",
            accommodations,
        });
        var (_, boothId) = await ApiActor.OpenBoothAsync(organiser, employer, $"面试间测试 {suffix}", companyName, "数据分析");
        await graduateOnline(graduateAccount);
        await graduate.PostAsync($"/api/booths/{boothId}/queue");
        var invitation = await employer.PostAsync($"/api/booths/{boothId}/queue/next");
        Assert.True(invitation is not null, "call next invited nobody: is the graduate online?");
        var accepted = await graduate.PostAsync($"/api/invitations/{invitation!["invitationId"]!.GetValue<string>()}/accept");
        return new InterviewSetup(accepted!["roomId"]!.GetValue<string>(), boothId, companyName, employerAccount, graduateAccount);
    }
}
