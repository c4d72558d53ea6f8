using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>
/// Stands in, inside one browser context, for the graduate calls of API.md and api-additions.md
/// that the server on this branch does not have yet (GET/PUT /api/me/profile, GET/PUT/DELETE
/// /api/me/priority, GET /api/me/queues, GET /api/fairs), answering exactly as those documents say,
/// with the validation rules of GraduateFair.Domain. The fixture installs it only when the server
/// answers 404 for GET /api/me/priority (see BrowserFixture); once the engine's API is merged, the
/// tests run against the real calls and this class can go.
/// </summary>
internal sealed class GraduateApiFake
{
    private static readonly string[] Disciplines =
        ["philosophy", "economics", "law", "education", "literature", "history", "science", "engineering", "agriculture", "medicine", "military", "management", "art", "interdisciplinary"];

    private static readonly string[] Degrees = ["associate", "bachelor", "master", "doctor"];
    private static readonly string[] Accommodations = ["text-chat", "extra-time", "sign-language", "captions"];
    private static readonly string[] PriorityGroups = ["hardship-family", "zero-employment-family", "disability", "low-income"];

    private JsonObject? _profile;
    private string[] _groups = [];
    private DateTimeOffset? _consentedAt;

    /// <summary>The calls whose absence the fixture checks, each standing for the group it installs.</summary>
    public static readonly string[] ProbePaths = ["/api/me/priority", "/api/me/queues", "/api/fairs"];

    /// <summary>Answers, in this context, the calls the server lacks (paths from <see cref="ProbePaths"/>).</summary>
    public async Task InstallAsync(IBrowserContext context, IReadOnlySet<string> missing)
    {
        if (missing.Contains("/api/me/priority"))
        {
            await context.RouteAsync("**/api/me/profile", route => ProfileAsync(route));
            await context.RouteAsync("**/api/me/priority", route => PriorityAsync(route));
        }

        if (missing.Contains("/api/me/queues"))
        {
            await context.RouteAsync("**/api/me/queues", route => JsonAsync(route, 200, new JsonArray()));
        }

        if (missing.Contains("/api/fairs"))
        {
            await context.RouteAsync("**/api/fairs", route => JsonAsync(route, 200, new JsonArray()));
        }
    }

    private async Task ProfileAsync(IRoute route)
    {
        switch (route.Request.Method)
        {
            case "GET":
                await (_profile is null
                    ? ProblemAsync(route, 404, "Not found", "No profile yet.")
                    : JsonAsync(route, 200, _profile.DeepClone()));
                break;
            case "PUT":
                var body = JsonNode.Parse(route.Request.PostData ?? "{}")!.AsObject();
                var errors = ValidateProfile(body);
                if (errors.Count > 0)
                {
                    await ValidationAsync(route, errors);
                    return;
                }

                body["accommodations"] ??= new JsonArray();
                _profile = body;
                await JsonAsync(route, 200, body.DeepClone());
                break;
            default:
                await ProblemAsync(route, 405, "Method not allowed", null);
                break;
        }
    }

    private async Task PriorityAsync(IRoute route)
    {
        switch (route.Request.Method)
        {
            case "GET":
                await JsonAsync(route, 200, new JsonObject
                {
                    ["groups"] = new JsonArray([.. _groups.Select(g => (JsonNode)JsonValue.Create(g))]),
                    ["consentedAt"] = _consentedAt?.ToString("O"),
                });
                break;
            case "PUT":
                var body = JsonNode.Parse(route.Request.PostData ?? "{}")!.AsObject();
                var groups = (body["groups"] as JsonArray ?? []).Select(g => g?.GetValue<string>() ?? "").ToArray();
                var errors = new Dictionary<string, string>();
                if (body["consent"]?.GetValue<bool>() != true)
                {
                    errors["consent"] = "Consent must be given to record priority groups.";
                }

                if (groups.Length == 0)
                {
                    errors["groups"] = "Choose at least one priority group.";
                }
                else if (groups.FirstOrDefault(g => !PriorityGroups.Contains(g)) is { } unknown)
                {
                    errors["groups"] = $"Unknown priority group '{unknown}'.";
                }

                if (errors.Count > 0)
                {
                    await ValidationAsync(route, errors);
                    return;
                }

                _groups = groups;
                _consentedAt = DateTimeOffset.UtcNow;
                await route.FulfillAsync(new() { Status = 204 });
                break;
            case "DELETE":
                _groups = [];
                _consentedAt = null;
                await route.FulfillAsync(new() { Status = 204 });
                break;
            default:
                await ProblemAsync(route, 405, "Method not allowed", null);
                break;
        }
    }

    private static Dictionary<string, string> ValidateProfile(JsonObject body)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (field, label) in new[] { ("fullName", "Full name"), ("university", "University"), ("city", "City") })
        {
            if (string.IsNullOrWhiteSpace(Text(body, field)))
            {
                errors[field] = $"{label} is required.";
            }
        }

        if (!Disciplines.Contains(Text(body, "discipline")))
        {
            errors["discipline"] = $"Unknown discipline '{Text(body, "discipline")}'.";
        }

        if (!Degrees.Contains(Text(body, "degree")))
        {
            errors["degree"] = $"Unknown degree '{Text(body, "degree")}'.";
        }

        var year = body["graduationYear"] is JsonValue value && value.TryGetValue<int>(out var y) ? y : 0;
        if (year is < 1990 or > 2100)
        {
            errors["graduationYear"] = "Graduation year must be between 1990 and 2100.";
        }

        if (body["accommodations"] is JsonArray list && list.Select(a => a?.GetValue<string>()).FirstOrDefault(a => !Accommodations.Contains(a)) is { } bad)
        {
            errors["accommodations"] = $"Unknown accommodation '{bad}'.";
        }

        return errors;
    }

    private static string? Text(JsonObject body, string field) =>
        body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static Task ValidationAsync(IRoute route, Dictionary<string, string> errors)
    {
        var problem = new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "One or more validation errors occurred.",
            ["status"] = 400,
            ["errors"] = new JsonObject(errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(JsonValue.Create(e.Value))))),
        };
        return route.FulfillAsync(new() { Status = 400, ContentType = "application/problem+json", Body = problem.ToJsonString() });
    }

    private static Task ProblemAsync(IRoute route, int status, string title, string? detail) =>
        route.FulfillAsync(new()
        {
            Status = status,
            ContentType = "application/problem+json",
            Body = JsonSerializer.Serialize(new { title, status, detail }),
        });

    private static Task JsonAsync(IRoute route, int status, JsonNode body) =>
        route.FulfillAsync(new() { Status = status, ContentType = "application/json", Body = body.ToJsonString() });
}
