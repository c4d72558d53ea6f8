using System.Net;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraduateFair.Server.Tests.Resumes;

/// <summary>How resumes meet storage: read links where the store has them, and uploads that fail half-way.</summary>
public sealed class ResumeStorageTests : IDisposable
{
    private readonly ScriptedBlobStore _store = new();
    private readonly GraduateFairApp _app;
    private readonly Story _story;

    public ResumeStorageTests()
    {
        _app = new GraduateFairApp(null, _store);
        _story = new Story(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), session => _app.ConnectHubAsync(session));
    }

    [Fact]
    public async Task WhereTheStoreHasReadLinksTheEmployerIsSentToAFiveMinuteLinkAfterTheReadIsRecorded()
    {
        _store.LinkBase = new Uri("https://account.blob.example/graduatefair/");
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Li Hua");
        var (_, created, _) = await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf(), "li-hua.pdf");
        await _story.JoinAsync(graduate, boothId);

        using var response = await _story.Client.DownloadAsync($"/api/graduates/{graduate.UserId}/resume", employer.Token);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        var blobName = $"resumes/{graduate.UserId}/{created.Text("resumeId")}.pdf";
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(_store.LinkBase, $"{blobName}?sig=test"), response.Headers.Location);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal((blobName, TimeSpan.FromMinutes(5), "li-hua.pdf"), Assert.Single(_store.Links));
        Assert.Single(log!.AsArray());
    }

    [Fact]
    public async Task WhenTheFileCannotBeWrittenTheUploadIsUnavailableAndTheOldResumeStays()
    {
        var graduate = await _story.GraduateAsync("Zhang Wei");
        var first = SampleFiles.Pdf(1000, fill: '1');
        await _story.Client.UploadResumeAsync(graduate, first);

        _store.FailPut = name => name.StartsWith("resumes/", StringComparison.Ordinal) ? ScriptedBlobStore.Unavailable() : null;
        var (status, problem, response) = await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf(2000, fill: '2'));
        using var kept = await _story.Client.DownloadAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Temporarily unavailable", problem.Text("title"));
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Equal(first, await kept.Content.ReadAsByteArrayAsync());
        Assert.Single(await _store.NamesAsync($"resumes/{graduate.UserId}/"));
    }

    [Fact]
    public async Task WhenTheRecordCannotBeWrittenTheOldResumeStaysAndTheUnrecordedFileGoesWithALaterUpload()
    {
        var graduate = await _story.GraduateAsync("Chen Jing");
        var first = SampleFiles.Pdf(1000, fill: '1');
        await _story.Client.UploadResumeAsync(graduate, first);

        _store.FailAppend = name => name.StartsWith("grains/resume/", StringComparison.Ordinal) ? ScriptedBlobStore.Unavailable() : null;
        var (status, _, _) = await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf(2000, fill: '2'));
        using var kept = await _story.Client.DownloadAsync("/api/me/resume", graduate.Token);
        var afterFailure = await _store.NamesAsync($"resumes/{graduate.UserId}/");
        _store.FailAppend = _ => null;
        _app.Clock.Advance(TimeSpan.FromHours(2));
        var third = SampleFiles.Pdf(3000, fill: '3');
        var (_, created, _) = await _story.Client.UploadResumeAsync(graduate, third);
        using var latest = await _story.Client.DownloadAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(first, await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, afterFailure.Count);
        Assert.Equal(third, await latest.Content.ReadAsByteArrayAsync());
        Assert.Equal([$"resumes/{graduate.UserId}/{created.Text("resumeId")}.pdf"], await _store.NamesAsync($"resumes/{graduate.UserId}/"));
    }

    [Fact]
    public async Task WhenTheRecordIsRefusedForSureTheNewFileIsRemovedAtOnce()
    {
        var graduate = await _story.GraduateAsync("Zhao Lei");
        var first = SampleFiles.Pdf(1000, fill: '1');
        await _story.Client.UploadResumeAsync(graduate, first);

        _store.FailAppend = name => name.StartsWith("grains/resume/", StringComparison.Ordinal) ? new BlobConcurrencyException(name, "another activation wrote first.") : null;
        var (status, _, _) = await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf(2000, fill: '2'));
        var names = await _store.NamesAsync($"resumes/{graduate.UserId}/");
        _store.FailAppend = _ => null;
        using var kept = await _story.Client.DownloadAsync("/api/me/resume", graduate.Token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Single(names);
        Assert.Equal(first, await kept.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => _app.Dispose();
}
