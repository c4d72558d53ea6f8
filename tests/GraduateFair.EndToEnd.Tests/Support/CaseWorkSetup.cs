using System.Net.Http.Headers;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>Graduates with cases, files to upload, and raw reads for the case-work browser tests.</summary>
internal static class CaseWorkSetup
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A small, well-formed PDF (the server only checks that it starts with %PDF-).</summary>
    public static byte[] Pdf(string title) => System.Text.Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>Registers a graduate and saves a profile, which opens their case; the account and its API actor.</summary>
    public static async Task<(TestAccount Account, ApiActor Api)> GraduateWithCaseAsync(BrowserFixture fixture, string fullName, string city)
    {
        var account = await fixture.RegisterAsync("graduate", fullName);
        var graduate = await fixture.ApiAsync(account);
        await graduate.PutAsync("/api/me/profile", new
        {
            fullName,
            university = "四川大学",
            discipline = "engineering",
            degree = "bachelor",
            graduationYear = 2026,
            city,
            accommodations = Array.Empty<string>(),
        });
        return (account, graduate);
    }

    /// <summary>A scheduled fair (not opened) created through the API; its id.</summary>
    public static async Task<string> ScheduledFairAsync(ApiActor organiser, string title, string theme, TimeSpan opensIn)
    {
        var fair = await organiser.PostAsync("/api/fairs", new
        {
            title,
            theme,
            opensAt = DateTimeOffset.UtcNow.Add(opensIn).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.Add(opensIn).AddHours(4).ToString("O"),
        });
        return fair!["fairId"]!.GetValue<string>();
    }

    /// <summary>GET with the actor's token, answering the status and the body's length (for files).</summary>
    public static async Task<(int Status, long Length)> GetFileAsync(BrowserFixture fixture, ApiActor actor, string path)
    {
        using var client = fixture.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", actor.Token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, body.LongLength);
    }
}
