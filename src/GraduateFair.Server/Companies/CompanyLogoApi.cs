using System.Security.Claims;
using GraduateFair.Grains;
using GraduateFair.Grains.Companies;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Uploads;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GraduateFair.Server.Companies;

/// <summary>A company's logo: PNG or JPEG (by its first bytes), at most 1 MB, shown to everyone signed in.</summary>
public static class CompanyLogoApi
{
    private static readonly string[] LogoTypes = [BlobContentTypes.Png, BlobContentTypes.Jpeg];

    public static IEndpointRouteBuilder MapCompanyLogoApi(this IEndpointRouteBuilder routes)
    {
        var logo = routes.MapGroup("/api/companies/{companyId}/logo").WithTags("Companies").RequireAuthorization();
        logo.MapPut(string.Empty, PutAsync)
            .RequireAuthorization(Roles.Employer)
            .WithUploadLimit(UploadRules.LogoMaxBytes + UploadRules.FormOverhead)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Sets the company's logo (multipart/form-data, field 'file'): PNG or JPEG by its first bytes, at most 1 MB. The company's employers only.");
        logo.MapGet(string.Empty, GetAsync)
            .Produces<Stream>(StatusCodes.Status200OK, BlobContentTypes.Png, BlobContentTypes.Jpeg)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified)
            .WithDescription("The logo, with an ETag: If-None-Match answers 304 while it is unchanged.");
        return routes;
    }

    private static async Task<Results<Ok<LogoResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string companyId, IFormFile? file, ClaimsPrincipal user, IGrainFactory grains, StoredFiles files, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<ICompanyGrain>(companyId);
        var company = await grain.GetAsync();
        if (company is null)
        {
            return Problems.NotFound("There is no company with this id.");
        }

        if (!company.IsEmployer(user.UserId()))
        {
            return Problems.Forbidden("Only the company's employers set its logo.");
        }

        if (file is null)
        {
            return UploadedFile.Missing();
        }

        var (uploaded, refusal) = await UploadedFile.ReadAsync(file, UploadRules.LogoMaxBytes, LogoTypes, "logo", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var logoId = Ids.New("lg");
        var logo = new CompanyLogo(logoId, LogoBlobs.Name(companyId, logoId, uploaded!.ContentType), uploaded.ContentType, uploaded.Content.Length, clock.GetUtcNow());
        await files.ReplaceAsync(
            LogoBlobs.Folder(companyId), logo.BlobName, uploaded.Content, uploaded.ContentType,
            async () => (await grain.SetLogoAsync(logo))?.BlobName,
            cancellationToken);
        response.Headers.ETag = ETagOf(logo).ToString();
        return TypedResults.Ok(LogoResponse.From(companyId, logo));
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetAsync(
        string companyId, IGrainFactory grains, IBlobStore store, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var logo = await grains.GetGrain<ICompanyGrain>(companyId).GetLogoAsync();
        if (logo is null)
        {
            return Problems.NotFound("This company has no logo.");
        }

        var etag = ETagOf(logo);
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } wanted && wanted.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            // Answered from the record alone: the image is not read again.
            response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var blob = await store.GetAsync(logo.BlobName, cancellationToken);
        return blob is null
            ? Problems.NotFound("This company's logo file is missing.")
            : TypedResults.Bytes(blob.Content, logo.ContentType, lastModified: logo.UploadedAt, entityTag: etag);
    }

    private static EntityTagHeaderValue ETagOf(CompanyLogo logo) => new($"\"{logo.LogoId}\"");
}
