using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Hubs.Client;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The common set-up of engine tests, through the HTTP API, with graduates online: "call next"
/// invites only graduates with an open hub connection, so <see cref="GraduateAsync"/> connects
/// each graduate to the hub (as the web app does) unless told otherwise. The connections stay
/// open as long as the server.
/// </summary>
public sealed class Story
{
    private static int _creditCodes;

    private readonly Func<Session, Task<SignalRTestClient>>? _connect;
    private readonly Dictionary<string, SignalRTestClient> _online = new(StringComparer.Ordinal);

    public Story(HttpClient client, Func<Session, Task<SignalRTestClient>>? connect = null)
    {
        Client = client;
        _connect = connect;
    }

    /// <summary>A story in the in-process server: graduates connect over its TestServer.</summary>
    public Story(GraduateFairApp app)
        : this(app.CreateClient(), session => app.ConnectHubAsync(session))
    {
    }

    /// <summary>A story in a server process: graduates connect over the network.</summary>
    public Story(ServerProcess server)
        : this(server.CreateClient(), session => server.ConnectHubAsync(session))
    {
    }

    public HttpClient Client { get; }

    /// <summary>The hub connection <see cref="GraduateAsync"/> opened for a graduate.</summary>
    public SignalRTestClient Hub(Session graduate) => _online[graduate.UserId];

    public async Task<Session> OrganiserAsync() => await Client.SignInAsync(GraduateFairApp.OrganiserEmail, GraduateFairApp.OrganiserPassword);

    public static string NewCreditCode() => $"91310000MA1K{Interlocked.Increment(ref _creditCodes) % 1_000_000:D6}";

    public async Task<string> CreateFairAsync(Session organiser, object? body = null, bool open = true)
    {
        var (status, fair) = await Client.PostAsync("/api/fairs", body ?? new
        {
            title = "Spring graduate fair",
            theme = "general",
            // Far enough ahead that no test's clock reaches it: the schedule would open the fair by itself.
            opensAt = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.AddDays(31).ToString("O"),
            priorityGroups = new[] { "hardship-family" },
        }, organiser.Token);
        Assert.True(status == HttpStatusCode.Created, $"create fair answered {status}: {fair}");
        var fairId = fair.Text("fairId")!;
        if (open)
        {
            var (opened, _) = await Client.PostAsync($"/api/fairs/{fairId}/open", token: organiser.Token);
            Assert.Equal(HttpStatusCode.OK, opened);
        }

        return fairId;
    }

    public async Task<string> CreateVerifiedCompanyAsync(Session employer, Session organiser, string name = "Wuhan Optics Ltd")
    {
        var (status, company) = await Client.PostAsync("/api/companies", new { name, creditCode = NewCreditCode(), industry = "Manufacturing", city = "Wuhan" }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"create company answered {status}: {company}");
        var companyId = company.Text("companyId")!;
        var (verified, _) = await Client.PostAsync($"/api/companies/{companyId}/verify", token: organiser.Token);
        Assert.Equal(HttpStatusCode.OK, verified);
        return companyId;
    }

    public async Task<string> CreateBoothAsync(Session employer, string fairId, string companyId, string title = "Optical engineers")
    {
        var (status, booth) = await Client.PostAsync($"/api/fairs/{fairId}/booths", new { companyId, title }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"create booth answered {status}: {booth}");
        return booth.Text("boothId")!;
    }

    public async Task<string> AddJobAsync(Session employer, string boothId, string title = "Optical engineer", string discipline = "engineering")
    {
        var (status, job) = await Client.PostAsync($"/api/booths/{boothId}/jobs", new { title, discipline, degree = "bachelor", city = "Wuhan", openings = 3, salaryMin = 8000, salaryMax = 12000 }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"add job answered {status}: {job}");
        return job.Text("jobId")!;
    }

    /// <summary>An employer with a verified company, and a booth at a new open fair.</summary>
    public async Task<(Session Employer, string FairId, string BoothId)> OpenBoothAsync(Session? organiser = null)
    {
        organiser ??= await OrganiserAsync();
        var employer = await Client.SignUpAsync("employer", "Recruiter Wang");
        var fairId = await CreateFairAsync(organiser);
        var companyId = await CreateVerifiedCompanyAsync(employer, organiser);
        var boothId = await CreateBoothAsync(employer, fairId, companyId);
        return (employer, fairId, boothId);
    }

    /// <param name="online">Connect the graduate to the hub (when the story can), so that "call next" can invite them.</param>
    public async Task<Session> GraduateAsync(string name, string? priorityGroup = null, IReadOnlyList<string>? accommodations = null, bool online = true)
    {
        var graduate = await Client.SignUpAsync("graduate", name);
        var (profile, body) = await Client.SendAsync(HttpMethod.Put, "/api/me/profile", new
        {
            fullName = name,
            university = "Wuhan University",
            discipline = "engineering",
            degree = "bachelor",
            graduationYear = 2026,
            city = "Wuhan",
            accommodations = accommodations ?? [],
        }, graduate.Token);
        Assert.True(profile == HttpStatusCode.OK, $"profile answered {profile}: {body}");
        if (priorityGroup is not null)
        {
            var (priority, _) = await Client.SendAsync(HttpMethod.Put, "/api/me/priority", new { groups = new[] { priorityGroup }, consent = true }, graduate.Token);
            Assert.Equal(HttpStatusCode.NoContent, priority);
        }

        if (online && _connect is not null)
        {
            var hub = await _connect(graduate);

            // The handshake is answered before the hub's OnConnectedAsync counts the graduate
            // online; the hub answers a call only after it, so "call next" can invite them now.
            await hub.InvokeAsync("UnwatchFair", "connected");
            _online[graduate.UserId] = hub;
        }

        return graduate;
    }

    public async Task<JsonNode> JoinAsync(Session graduate, string boothId)
    {
        var (status, place) = await Client.PostAsync($"/api/booths/{boothId}/queue", token: graduate.Token);
        Assert.True(status == HttpStatusCode.OK, $"join answered {status}: {place}");
        return place!;
    }

    public async Task<int?> PositionAsync(Session graduate, string boothId)
    {
        var (status, place) = await Client.GetAsync($"/api/booths/{boothId}/queue/me", graduate.Token);
        return status == HttpStatusCode.OK ? place!["position"]!.GetValue<int>() : null;
    }
}
