using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Engine;

public sealed class EngineBadInputTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly Story _story = new(app);

    [Fact]
    public async Task AFairWithBadFieldsIsRefusedFieldByField()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, before) = await _story.Client.GetAsync("/api/fairs", organiser.Token);

        var (status, problem) = await _story.Client.PostAsync("/api/fairs", new
        {
            title = "",
            theme = "party",
            opensAt = "2026-06-02T09:00:00+08:00",
            closesAt = "2026-06-01T09:00:00+08:00",
            priorityGroups = new[] { "rich-family" },
        }, organiser.Token);
        var (_, after) = await _story.Client.GetAsync("/api/fairs", organiser.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem!["errors"]!;
        Assert.Equal("Title is required.", First(errors, "title"));
        Assert.Equal("Unknown theme 'party'; allowed: general, hardship-family, zero-employment-family, disability, industry, region, discipline", First(errors, "theme"));
        Assert.Equal("Closing time must be after the opening time.", First(errors, "closesAt"));
        Assert.StartsWith("Unknown priority group 'rich-family'; allowed: hardship-family, zero-employment-family, disability, low-income", First(errors, "priorityGroups"), StringComparison.Ordinal);
        Assert.Equal(before!.AsArray().Count, after!.AsArray().Count);
    }

    [Fact]
    public async Task TimesWithoutAnOffsetAreRefused()
    {
        var organiser = await _story.OrganiserAsync();

        var (status, problem) = await _story.Client.PostAsync("/api/fairs", new { title = "Fair", theme = "general", opensAt = "2026-06-01 09:00", closesAt = "tomorrow" }, organiser.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ISO 8601 time with offset", First(problem!["errors"]!, "opensAt"), StringComparison.Ordinal);
        Assert.Contains("ISO 8601 time with offset", First(problem["errors"]!, "closesAt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACompanyWithABadCreditCodeOrMissingFieldsIsRefused()
    {
        var employer = await _story.Client.SignUpAsync("employer");

        var (status, problem) = await _story.Client.PostAsync("/api/companies", new { name = "ACME", creditCode = "91310000MA1K0000OI", industry = "", city = "Shanghai" }, employer.Token);
        var (tooShort, shortProblem) = await _story.Client.PostAsync("/api/companies", new { name = "ACME", creditCode = "123", industry = "Retail", city = "Shanghai" }, employer.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Credit code may contain only digits and the capital letters ABCDEFGHJKLMNPQRTUWXY.", First(problem!["errors"]!, "creditCode"));
        Assert.Equal("Industry is required.", First(problem["errors"]!, "industry"));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort);
        Assert.Equal("Credit code must be exactly 18 characters.", First(shortProblem!["errors"]!, "creditCode"));
    }

    [Fact]
    public async Task OneCreditCodeRegistersOneCompany()
    {
        var first = await _story.Client.SignUpAsync("employer");
        var second = await _story.Client.SignUpAsync("employer");
        var code = Story.NewCreditCode();

        var (created, _) = await _story.Client.PostAsync("/api/companies", new { name = "One", creditCode = code, industry = "IT", city = "Wuhan" }, first.Token);
        var (again, problem) = await _story.Client.PostAsync("/api/companies", new { name = "Copy", creditCode = code, industry = "IT", city = "Wuhan" }, second.Token);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("Company already registered", problem.Text("title"));
    }

    [Fact]
    public async Task AJobWithBadFieldsIsRefusedFieldByField()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();

        var (status, problem) = await _story.Client.PostAsync($"/api/booths/{boothId}/jobs", new { title = "Engineer", discipline = "astrology", degree = "phd", city = "Wuhan", openings = 0, salaryMin = 9000, salaryMax = 5000 }, employer.Token);
        var (_, booth) = await _story.Client.GetAsync($"/api/booths/{boothId}", employer.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem!["errors"]!;
        Assert.StartsWith("Unknown discipline 'astrology'; allowed: philosophy, economics, law,", First(errors, "discipline"), StringComparison.Ordinal);
        Assert.Equal("Unknown degree 'phd'; allowed: associate, bachelor, master, doctor", First(errors, "degree"));
        Assert.Equal("Openings must be at least 1.", First(errors, "openings"));
        Assert.Equal("Maximum salary must not be less than the minimum salary.", First(errors, "salaryMax"));
        Assert.Empty(booth!["jobs"]!.AsArray());
    }

    [Fact]
    public async Task AnUnknownOutcomeIsRefusedAndTheInterviewGoesOn()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Outcome Tester");
        await _story.JoinAsync(graduate, boothId);
        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{invitation.Text("invitationId")}/accept", token: graduate.Token);
        var roomId = accepted.Text("roomId");

        var (status, problem) = await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "maybe" }, employer.Token);
        var (_, room) = await _story.Client.GetAsync($"/api/rooms/{roomId}", employer.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Unknown outcome 'maybe'; allowed: advance, offer, reject, no-show", First(problem!["errors"]!, "outcome"));
        Assert.Null(room!["endedAt"]?.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task AProfileWithBadFieldsIsRefusedFieldByField()
    {
        var graduate = await _story.Client.SignUpAsync("graduate");

        var (status, problem) = await _story.Client.SendAsync(HttpMethod.Put, "/api/me/profile", new { fullName = "Li", university = "WHU", discipline = "magic", degree = "bachelor", graduationYear = 1900, city = "Wuhan", accommodations = new[] { "massage" } }, graduate.Token);
        var (profileAfter, _) = await _story.Client.GetAsync("/api/me/profile", graduate.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Unknown discipline 'magic'", First(problem!["errors"]!, "discipline"), StringComparison.Ordinal);
        Assert.Equal("Graduation year must be between 1990 and 2100.", First(problem["errors"]!, "graduationYear"));
        Assert.Equal("Unknown accommodation 'massage'; allowed: text-chat, extra-time, sign-language, captions", First(problem["errors"]!, "accommodations"));
        Assert.Equal(HttpStatusCode.NotFound, profileAfter);
    }

    [Fact]
    public async Task PriorityGroupsNeedExplicitConsentAndCanBeWithdrawn()
    {
        var graduate = await _story.Client.SignUpAsync("graduate");

        var (withoutConsent, problem) = await _story.Client.SendAsync(HttpMethod.Put, "/api/me/priority", new { groups = new[] { "disability" }, consent = false }, graduate.Token);
        var (_, none) = await _story.Client.GetAsync("/api/me/priority", graduate.Token);
        var (given, _) = await _story.Client.SendAsync(HttpMethod.Put, "/api/me/priority", new { groups = new[] { "disability", "low-income" }, consent = true }, graduate.Token);
        var (_, recorded) = await _story.Client.GetAsync("/api/me/priority", graduate.Token);
        var (withdrawn, _) = await _story.Client.SendAsync(HttpMethod.Delete, "/api/me/priority", token: graduate.Token);
        var (_, erased) = await _story.Client.GetAsync("/api/me/priority", graduate.Token);

        Assert.Equal(HttpStatusCode.BadRequest, withoutConsent);
        Assert.Equal("Consent must be given to record priority groups.", First(problem!["errors"]!, "consent"));
        Assert.Empty(none!["groups"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, given);
        Assert.Equal(["disability", "low-income"], recorded!["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.NotNull(recorded["consentedAt"]?.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.NoContent, withdrawn);
        Assert.Empty(erased!["groups"]!.AsArray());
    }

    [Fact]
    public async Task UnknownIdsAreNotFound()
    {
        var organiser = await _story.OrganiserAsync();
        var employer = await _story.Client.SignUpAsync("employer");
        var graduate = await _story.Client.SignUpAsync("graduate");

        var answers = new[]
        {
            (await _story.Client.GetAsync("/api/fairs/fair_nope", organiser.Token)).Status,
            (await _story.Client.PostAsync("/api/fairs/fair_nope/open", token: organiser.Token)).Status,
            (await _story.Client.PostAsync("/api/companies/co_nope/verify", token: organiser.Token)).Status,
            (await _story.Client.GetAsync("/api/booths/booth_nope", graduate.Token)).Status,
            (await _story.Client.PostAsync("/api/booths/booth_nope/queue", token: graduate.Token)).Status,
            (await _story.Client.GetAsync("/api/booths/booth_nope/queue/me", graduate.Token)).Status,
            (await _story.Client.PostAsync("/api/booths/booth_nope/queue/next", token: employer.Token)).Status,
            (await _story.Client.PostAsync("/api/invitations/inv_nope/accept", token: graduate.Token)).Status,
            (await _story.Client.PostAsync("/api/rooms/room_nope/end", new { outcome = "offer" }, employer.Token)).Status,
        };

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
    }

    private static string First(JsonNode errors, string field) =>
        errors[field]?[0]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No error for '{field}' in {errors.ToJsonString()}");
}
