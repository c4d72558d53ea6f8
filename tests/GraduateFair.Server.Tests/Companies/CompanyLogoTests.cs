using System.Net;
using System.Net.Http.Headers;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Companies;

public sealed class CompanyLogoTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task AnEmployerSetsAPngLogoThatEveryoneSignedInSeesWithItsType()
    {
        var (employer, companyId) = await CompanyAsync();
        var graduate = await _story.Client.SignUpAsync("graduate");
        var png = SampleFiles.Png(4000);

        var (status, body, put) = await _story.Client.UploadLogoAsync(employer, companyId, png);
        using var shown = await _story.Client.DownloadAsync($"/api/companies/{companyId}/logo", graduate.Token);
        var (anonymous, _) = await _app.CreateClient().GetAsync($"/api/companies/{companyId}/logo", token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((companyId, "image/png", 4000L), (body.Text("companyId"), body.Text("contentType"), body!["length"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/png", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(put.Headers.ETag, shown.Headers.ETag);
        Assert.True(shown.Headers.CacheControl is { Private: true, NoCache: true }, $"Cache-Control: {shown.Headers.CacheControl}");
        Assert.Equal(png, await shown.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }

    [Fact]
    public async Task TheSameETagIsNotModifiedAndANewLogoIsAJpegWithAnotherETag()
    {
        var (employer, companyId) = await CompanyAsync();
        await _story.Client.UploadLogoAsync(employer, companyId, SampleFiles.Png());
        using var first = await _story.Client.DownloadAsync($"/api/companies/{companyId}/logo", employer.Token);
        var etag = first.Headers.ETag!;

        using var unchanged = await _story.Client.DownloadAsync($"/api/companies/{companyId}/logo", employer.Token, r => r.Headers.IfNoneMatch.Add(etag));
        var jpeg = SampleFiles.Jpeg(3000);
        var (replaced, body, _) = await _story.Client.UploadLogoAsync(employer, companyId, jpeg, "logo.png", "image/png");
        using var changed = await _story.Client.DownloadAsync($"/api/companies/{companyId}/logo", employer.Token, r => r.Headers.IfNoneMatch.Add(etag));
        var stored = await _app.Store.ListAsync($"logos/{companyId}/");

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, replaced);
        Assert.Equal("image/jpeg", body.Text("contentType"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("image/jpeg", changed.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(jpeg, await changed.Content.ReadAsByteArrayAsync());
        Assert.EndsWith(".jpg", Assert.Single(stored.Items).Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("pdf")]
    public async Task OtherImagesAndFilesAreUnsupportedWhateverTheyAreCalled(string kind)
    {
        var (employer, companyId) = await CompanyAsync();

        var (status, problem, _) = await _story.Client.UploadLogoAsync(employer, companyId, kind == "gif" ? SampleFiles.Gif() : SampleFiles.Pdf(), "logo.png", "image/png");
        var (after, _) = await _story.Client.GetAsync($"/api/companies/{companyId}/logo", employer.Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("not PNG or JPEG", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, after);
    }

    [Fact]
    public async Task ALogoOfExactlyOneMegabyteIsAcceptedAndOneByteMoreIsTooLarge()
    {
        var (employer, companyId) = await CompanyAsync();

        var (fits, _, _) = await _story.Client.UploadLogoAsync(employer, companyId, SampleFiles.Png(SampleFiles.Megabyte));
        var (tooLarge, problem, _) = await _story.Client.UploadLogoAsync(employer, companyId, SampleFiles.Png(SampleFiles.Megabyte + 1));
        var (farTooLarge, _, _) = await _story.Client.UploadLogoAsync(employer, companyId, SampleFiles.Png(2 * SampleFiles.Megabyte));

        Assert.Equal(HttpStatusCode.OK, fits);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal($"The file is {SampleFiles.Megabyte + 1} bytes; at most {SampleFiles.Megabyte} bytes (1 MB) are accepted.", problem.Text("detail"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farTooLarge);
    }

    [Fact]
    public async Task OnlyTheCompanysEmployersSetItsLogo()
    {
        var (_, companyId) = await CompanyAsync();
        var stranger = await _story.Client.SignUpAsync("employer");
        var graduate = await _story.Client.SignUpAsync("graduate");

        var (byStranger, _, _) = await _story.Client.UploadLogoAsync(stranger, companyId, SampleFiles.Png());
        var (byGraduate, _, _) = await _story.Client.UploadLogoAsync(graduate, companyId, SampleFiles.Png());
        var (unknown, _, _) = await _story.Client.UploadLogoAsync(stranger, "co_doesnotexist", SampleFiles.Png());

        Assert.Equal(HttpStatusCode.Forbidden, byStranger);
        Assert.Equal(HttpStatusCode.Forbidden, byGraduate);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task ACompanyWithoutALogoAndAnUnknownCompanyHaveNone()
    {
        var (employer, companyId) = await CompanyAsync();

        var (none, problem) = await _story.Client.GetAsync($"/api/companies/{companyId}/logo", employer.Token);
        var (unknown, _) = await _story.Client.GetAsync("/api/companies/co_doesnotexist/logo", employer.Token);

        Assert.Equal(HttpStatusCode.NotFound, none);
        Assert.Equal("This company has no logo.", problem.Text("detail"));
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task AnyETagMatchesWithAStar()
    {
        var (employer, companyId) = await CompanyAsync();
        await _story.Client.UploadLogoAsync(employer, companyId, SampleFiles.Png());

        using var response = await _story.Client.DownloadAsync($"/api/companies/{companyId}/logo", employer.Token, r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private async Task<(Session Employer, string CompanyId)> CompanyAsync()
    {
        var employer = await _story.Client.SignUpAsync("employer");
        var (_, company) = await _story.Client.PostAsync("/api/companies", new { name = "Logo Co", creditCode = Story.NewCreditCode(), industry = "Design", city = "Wuhan" }, employer.Token);
        return (employer, company.Text("companyId")!);
    }
}
