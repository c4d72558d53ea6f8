using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraduateFair.LoadTest.Joins;

/// <summary>The few API calls the load tests need.</summary>
public sealed class Api(HttpClient client)
{
    private static int _counter;

    public HttpClient Client { get; } = client;

    public static HttpClient CreateClient(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<string> SignUpAsync(string role, string name)
    {
        var email = $"{role}{Interlocked.Increment(ref _counter)}@load.example";
        await SendAsync(HttpMethod.Post, "/api/auth/register", null, new { email, password = "password-123", displayName = name, role }, HttpStatusCode.Created);
        return await SignInAsync(email, "password-123");
    }

    public async Task<string> SignInAsync(string email, string password)
    {
        var login = await SendAsync(HttpMethod.Post, "/api/auth/login", null, new { email, password }, HttpStatusCode.OK);
        return login.GetProperty("accessToken").GetString()!;
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, string? token, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Client.SendAsync(request);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An open fair with one booth of a verified company; returns the booth id.</summary>
    public async Task<string> OpenBoothAsync(string organiser, string employer, int index)
    {
        var now = DateTimeOffset.UtcNow;
        var fair = await SendAsync(HttpMethod.Post, "/api/fairs", organiser, new { title = $"Load fair {index}", theme = "general", opensAt = now.AddMinutes(-5).ToString("O"), closesAt = now.AddDays(1).ToString("O") }, HttpStatusCode.Created);
        var fairId = fair.GetProperty("fairId").GetString()!;
        await SendAsync(HttpMethod.Post, $"/api/fairs/{fairId}/open", organiser, null, HttpStatusCode.OK);
        var company = await SendAsync(HttpMethod.Post, "/api/companies", employer, new { name = $"Load Co {index}", creditCode = $"91310000LXAD{index:D6}", industry = "IT", city = "Wuhan" }, HttpStatusCode.Created);
        var companyId = company.GetProperty("companyId").GetString()!;
        await SendAsync(HttpMethod.Post, $"/api/companies/{companyId}/verify", organiser, null, HttpStatusCode.OK);
        var booth = await SendAsync(HttpMethod.Post, $"/api/fairs/{fairId}/booths", employer, new { companyId, title = $"Booth {index}" }, HttpStatusCode.Created);
        return booth.GetProperty("boothId").GetString()!;
    }

    /// <summary>Runs <paramref name="work"/> for items 0…count-1 with <paramref name="concurrency"/> in flight.</summary>
    public static async Task ForAllAsync(int count, int concurrency, Func<int, Task> work)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await work(i);
            }
        }));
    }
}
