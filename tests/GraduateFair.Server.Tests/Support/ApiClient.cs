using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Small helpers over HttpClient for the JSON API.</summary>
public static class ApiClient
{
    private static int _counter;

    public static string UniqueEmail(string who = "user") => $"{who}{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}@example.com";

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(this HttpClient client, string path, object? body = null, string? token = null) =>
        client.SendAsync(HttpMethod.Post, path, body ?? new { }, token);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(this HttpClient client, string path, string? token) =>
        client.SendAsync(HttpMethod.Get, path, null, token);

    /// <summary>Registers and signs in; returns the user id and a bearer token.</summary>
    public static async Task<Session> SignUpAsync(this HttpClient client, string role, string? displayName = null, string? email = null)
    {
        email ??= UniqueEmail(role);
        var (status, body) = await client.PostAsync("/api/auth/register", new { email, password = "password-123", displayName = displayName ?? $"Test {role}", role });
        Assert.True(status == HttpStatusCode.Created, $"register answered {status}: {body}");
        return await client.SignInAsync(email, "password-123");
    }

    public static async Task<Session> SignInAsync(this HttpClient client, string email, string password)
    {
        var (status, body) = await client.PostAsync("/api/auth/login", new { email, password });
        Assert.True(status == HttpStatusCode.OK, $"login answered {status}: {body}");
        return new Session(body!["userId"]!.GetValue<string>(), body["accessToken"]!.GetValue<string>(), email);
    }

    public static string? Text(this JsonNode? node, string property) => node?[property]?.GetValue<string>();

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}

public sealed record Session(string UserId, string Token, string Email);
