using System.Net;
using System.Text.Json.Nodes;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Set-ups for scheduling and case-ledger tests, through the HTTP API.</summary>
public static class StoryScheduling
{
    public static async Task<string> CreateFairAtAsync(
        this Story story,
        Session organiser,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        string theme = "general",
        string? eligibility = null,
        string[]? priorityGroups = null,
        string title = "Autumn graduate fair")
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, fair) = await story.Client.PostAsync("/api/fairs", new
        {
            title,
            theme,
            opensAt = opensAt.ToString("O"),
            closesAt = closesAt.ToString("O"),
            priorityGroups = priorityGroups ?? [],
            eligibility,
        }, organiser.Token);
        Assert.True(status == HttpStatusCode.Created, $"create fair answered {status}: {fair}");
        return fair.Text("fairId")!;
    }

    public static async Task<string?> FairStatusAsync(this Story story, Session session, string fairId)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, fair) = await story.Client.GetAsync($"/api/fairs/{fairId}", session.Token);
        Assert.Equal(HttpStatusCode.OK, status);
        return fair.Text("status");
    }

    public static async Task<JsonNode> RegisterAsync(this Story story, Session graduate, string fairId)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, body) = await story.Client.PostAsync($"/api/fairs/{fairId}/register", token: graduate.Token);
        Assert.True(status == HttpStatusCode.OK, $"register answered {status}: {body}");
        return body!;
    }

    /// <summary>A graduate with the profile matching looks at, and optionally a consented priority group.</summary>
    public static async Task<Session> GraduateWithProfileAsync(this Story story, string name, string discipline = "engineering", string degree = "bachelor", string city = "Wuhan", string? priorityGroup = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var graduate = await story.Client.SignUpAsync("graduate", name);
        var (profile, body) = await story.Client.SendAsync(HttpMethod.Put, "/api/me/profile", new
        {
            fullName = name,
            university = "Huazhong University of Science and Technology",
            discipline,
            degree,
            graduationYear = 2026,
            city,
            accommodations = Array.Empty<string>(),
        }, graduate.Token);
        Assert.True(profile == HttpStatusCode.OK, $"profile answered {profile}: {body}");
        if (priorityGroup is not null)
        {
            var (priority, _) = await story.Client.SendAsync(HttpMethod.Put, "/api/me/priority", new { groups = new[] { priorityGroup }, consent = true }, graduate.Token);
            Assert.Equal(HttpStatusCode.NoContent, priority);
        }

        return graduate;
    }

    public static async Task<string> AddJobAsync(this Story story, Session employer, string boothId, string title, string discipline, string degree, string city, int openings = 2)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, job) = await story.Client.PostAsync($"/api/booths/{boothId}/jobs", new { title, discipline, degree, city, openings }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"add job answered {status}: {job}");
        return job.Text("jobId")!;
    }

    public static async Task<JsonArray> ArrayAsync(this Story story, string path, Session session)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, body) = await story.Client.GetAsync(path, session.Token);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} answered {status}: {body}");
        return body!.AsArray();
    }

    public static async Task<JsonNode> ObjectAsync(this Story story, string path, Session session)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (status, body) = await story.Client.GetAsync(path, session.Token);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} answered {status}: {body}");
        return body!;
    }
}
