using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.OpenApi;

public sealed class OpenApiDocumentTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/api/me/resume", "post")]
    [InlineData("/api/companies/{companyId}/logo", "put")]
    public async Task UploadsAreDescribedAsMultipartFormsWithABinaryFileField(string path, string method)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var body = document["paths"]![path]![method]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        var file = FileProperty(document, body);

        Assert.Equal("string", file["type"]!.GetValue<string>());
        Assert.Equal("binary", file["format"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/me/resume", "application/pdf")]
    [InlineData("/api/graduates/{graduateId}/resume", "application/pdf")]
    [InlineData("/api/companies/{companyId}/logo", "image/png")]
    [InlineData("/api/companies/{companyId}/logo", "image/jpeg")]
    public async Task DownloadsAreDescribedAsBinaryOfTheirContentTypes(string path, string contentType)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var schema = Resolve(document, document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]![contentType]!["schema"]!);

        Assert.Equal(("string", "binary"), (schema["type"]!.GetValue<string>(), schema["format"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheAccessLogIsDescribedAsAListOfWhoWhichCompanyAndWhen()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var schema = document["paths"]!["/api/me/resume/access-log"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var entry = Resolve(document, schema["items"]!);

        Assert.Equal("array", schema["type"]!.GetValue<string>());
        Assert.Equal(["employerId", "employerName", "companyId", "companyName", "at"], entry["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task TheEmployersReadIsDescribedWithItsRedirect()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var responses = document["paths"]!["/api/graduates/{graduateId}/resume"]!["get"]!["responses"]!.AsObject();

        Assert.Contains("302", responses.Select(r => r.Key));
    }

    /// <summary>The 'file' property of a form schema, inline or behind a $ref, or inside an allOf.</summary>
    private static JsonNode FileProperty(JsonNode document, JsonNode schema)
    {
        schema = Resolve(document, schema);
        if (schema["properties"]?["file"] is { } file)
        {
            return Resolve(document, file);
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            if (Resolve(document, part!)["properties"]?["file"] is { } nested)
            {
                return Resolve(document, nested);
            }
        }

        throw new Xunit.Sdk.XunitException($"No 'file' property in {schema.ToJsonString()}");
    }

    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? reference.TrimStart('#', '/').Split('/').Aggregate(document, (node, key) => node[key]!)
            : schema;
}
