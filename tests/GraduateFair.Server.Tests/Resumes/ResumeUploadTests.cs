using System.Net;
using System.Net.Http.Json;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Resumes;

public sealed class ResumeUploadTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task AnUploadedPdfComesBackToItsGraduateAsAnAttachment()
    {
        var graduate = await _client.SignUpAsync("graduate");
        var pdf = SampleFiles.Pdf(10_000);

        var (status, created, response) = await _client.UploadResumeAsync(graduate, pdf, "李华 简历.pdf");
        using var download = await _client.DownloadAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("/api/me/resume", response.Headers.Location?.OriginalString);
        Assert.Equal("李华 简历.pdf", created.Text("fileName"));
        Assert.Equal(10_000, created!["length"]!.GetValue<long>());
        Assert.Equal(_app.Clock.GetUtcNow(), created["uploadedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("李华 简历.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ThePdfIsRecognisedByItsFirstBytesWhateverItsNameAndDeclaredType()
    {
        var graduate = await _client.SignUpAsync("graduate");

        var (status, _, _) = await _client.UploadResumeAsync(graduate, SampleFiles.Pdf(), "notes.txt", "text/plain");

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("text")]
    [InlineData("pdf-later")]
    public async Task AFileNamedAndDeclaredAsPdfThatIsNotOneIsUnsupportedMediaType(string kind)
    {
        var graduate = await _client.SignUpAsync("graduate");
        var content = kind switch
        {
            "png" => SampleFiles.Png(),
            "text" => SampleFiles.Text("Curriculum vitae of Li Hua"),
            _ => SampleFiles.Text(" %PDF-1.7 a PDF signature that is not at the start"),
        };

        var (status, problem, response) = await _client.UploadResumeAsync(graduate, content, "resume.pdf", "application/pdf");
        var (afterwards, _) = await _client.GetAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unsupported media type", problem.Text("title"));
        Assert.Contains("not PDF", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, afterwards);
    }

    [Fact]
    public async Task AResumeOfExactlyFiveMegabytesIsAcceptedAndOneByteMoreIsTooLarge()
    {
        var graduate = await _client.SignUpAsync("graduate");

        var (fits, _, _) = await _client.UploadResumeAsync(graduate, SampleFiles.Pdf(5 * SampleFiles.Megabyte));
        var (tooLarge, problem, response) = await _client.UploadResumeAsync(graduate, SampleFiles.Pdf((5 * SampleFiles.Megabyte) + 1, fill: 'x'));
        using var kept = await _client.DownloadAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.Created, fits);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"The file is {(5 * SampleFiles.Megabyte) + 1} bytes; at most {5 * SampleFiles.Megabyte} bytes (5 MB) are accepted.", problem.Text("detail"));
        Assert.Equal(5 * SampleFiles.Megabyte, (await kept.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task ABodyFarOverTheLimitIsRefusedBeforeItIsRead()
    {
        var graduate = await _client.SignUpAsync("graduate");

        var (status, problem, _) = await _client.UploadResumeAsync(graduate, SampleFiles.Pdf(6 * SampleFiles.Megabyte));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith("The request body is ", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewUploadReplacesThePreviousOneAndRemovesItsFile()
    {
        var graduate = await _client.SignUpAsync("graduate");
        var second = SampleFiles.Pdf(3000, fill: '2');

        await _client.UploadResumeAsync(graduate, SampleFiles.Pdf(2000, fill: '1'), "first.pdf");
        var (status, created, _) = await _client.UploadResumeAsync(graduate, second, "second.pdf");
        using var download = await _client.DownloadAsync("/api/me/resume", graduate.Token);
        var stored = await _app.Store.ListAsync($"resumes/{graduate.UserId}/");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(second, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("second.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([$"resumes/{graduate.UserId}/{created.Text("resumeId")}.pdf"], stored.Items.Select(b => b.Name));
    }

    [Fact]
    public async Task AFormWithoutAFileFieldIsABadRequestNamingTheField()
    {
        var graduate = await _client.SignUpAsync("graduate");

        var (status, problem, _) = await _client.UploadAsync(HttpMethod.Post, "/api/me/resume", SampleFiles.Pdf(), graduate.Token, "resume.pdf", "application/pdf", field: "document");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Send the file as multipart/form-data in the form field 'file'.", problem!["errors"]!["file"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ARawPdfBodyIsUnsupportedMediaType()
    {
        var graduate = await _client.SignUpAsync("graduate");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/resume") { Content = new ByteArrayContent(SampleFiles.Pdf()) };
        request.Content.Headers.ContentType = new("application/pdf");
        request.Headers.Authorization = new("Bearer", graduate.Token);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task BeforeAnyUploadThereIsNoResume()
    {
        var graduate = await _client.SignUpAsync("graduate");

        var (status, problem) = await _client.GetAsync("/api/me/resume", graduate.Token);
        var (log, entries) = await _client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No resume yet: upload one with POST /api/me/resume.", problem.Text("detail"));
        Assert.Equal(HttpStatusCode.OK, log);
        Assert.Empty(entries!.AsArray());
    }

    [Fact]
    public async Task OnlyGraduatesHaveResumes()
    {
        var employer = await _client.SignUpAsync("employer");

        var (upload, _, _) = await _client.UploadResumeAsync(employer, SampleFiles.Pdf());
        var (read, _) = await _client.GetAsync("/api/me/resume", employer.Token);
        var (anonymous, _, _) = await _app.CreateClient().UploadAsync(HttpMethod.Post, "/api/me/resume", SampleFiles.Pdf(), token: null);

        Assert.Equal(HttpStatusCode.Forbidden, upload);
        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }

    [Fact]
    public async Task JsonBodiesElsewhereKeepTheirOneMegabyteLimit()
    {
        var graduate = await _client.SignUpAsync("graduate");
        using var content = JsonContent.Create(new { fullName = new string('x', 2 * SampleFiles.Megabyte) });
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/profile") { Content = content };
        request.Headers.Authorization = new("Bearer", graduate.Token);
        await content.LoadIntoBufferAsync();

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
