using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Multipart uploads and binary downloads through the API.</summary>
public static class Uploads
{
    /// <summary>Sends <paramref name="content"/> as multipart/form-data in <paramref name="field"/>, with the name and type a client would declare.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> UploadAsync(
        this HttpClient client, HttpMethod method, string path, byte[] content, string? token,
        string fileName = "file.bin", string declaredType = "application/octet-stream", string field = "file")
    {
        using var request = new HttpRequestMessage(method, path);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { file, field, fileName } };
        request.Content = form;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> UploadResumeAsync(this HttpClient client, Session graduate, byte[] content, string fileName = "resume.pdf", string declaredType = "application/pdf") =>
        client.UploadAsync(HttpMethod.Post, "/api/me/resume", content, graduate.Token, fileName, declaredType);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> UploadLogoAsync(this HttpClient client, Session employer, string companyId, byte[] content, string fileName = "logo.png", string declaredType = "image/png") =>
        client.UploadAsync(HttpMethod.Put, $"/api/companies/{companyId}/logo", content, employer.Token, fileName, declaredType);

    /// <summary>A GET whose answer is kept whole (binary body, headers); the caller disposes it.</summary>
    public static async Task<HttpResponseMessage> DownloadAsync(this HttpClient client, string path, string? token, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
