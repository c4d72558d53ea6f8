using System.Security.Claims;
using GraduateFair.Grains;
using GraduateFair.Grains.Accounts;
using GraduateFair.Grains.Resumes;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Uploads;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GraduateFair.Server.Resumes;

/// <summary>A graduate's resume (PDF), and employers' reads of it, each recorded in the graduate's access log.</summary>
public static class ResumesApi
{
    /// <summary>How long an employer's download link (Azure Blob SAS) stays valid.</summary>
    public static readonly TimeSpan ReadLinkLifetime = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapResumesApi(this IEndpointRouteBuilder routes)
    {
        var mine = routes.MapGroup("/api/me/resume").WithTags("Resumes").RequireAuthorization(Roles.Graduate);
        mine.MapPost(string.Empty, UploadAsync)
            .WithUploadLimit(UploadRules.ResumeMaxBytes + UploadRules.FormOverhead)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Uploads the graduate's resume (multipart/form-data, field 'file'): a PDF by its first bytes, at most 5 MB. Replaces the previous one.");
        mine.MapGet(string.Empty, GetMineAsync)
            .Produces<Stream>(StatusCodes.Status200OK, BlobContentTypes.Pdf)
            .ProducesProblem(StatusCodes.Status404NotFound);
        mine.MapGet("/access-log", GetAccessLogAsync);

        routes.MapGroup("/api/graduates").WithTags("Resumes").RequireAuthorization(Roles.Employer)
            .MapGet("/{graduateId}/resume", GetForEmployerAsync)
            .Produces<Stream>(StatusCodes.Status200OK, BlobContentTypes.Pdf)
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("For an employer while the graduate waits in, is invited to, or was interviewed at one of their company's booths. " +
                "On Azure Blob storage a 302 to a read-only link valid for 5 minutes; otherwise the PDF. Every read is recorded in the graduate's access log.");
        return routes;
    }

    private static async Task<Results<Created<ResumeResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        IFormFile? file, ClaimsPrincipal user, IGrainFactory grains, StoredFiles files, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return UploadedFile.Missing();
        }

        var (uploaded, refusal) = await UploadedFile.ReadAsync(file, UploadRules.ResumeMaxBytes, [BlobContentTypes.Pdf], "resume.pdf", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var graduateId = user.UserId();
        var resumeId = Ids.New("rs");
        var resume = new ResumeFile(resumeId, ResumeBlobs.Name(graduateId, resumeId), uploaded!.FileName, uploaded.Content.Length, clock.GetUtcNow());
        var grain = grains.GetGrain<IResumeGrain>(graduateId);
        await files.ReplaceAsync(
            ResumeBlobs.Folder(graduateId), resume.BlobName, uploaded.Content, BlobContentTypes.Pdf,
            async () => (await grain.ReplaceAsync(resume))?.BlobName,
            cancellationToken);
        return TypedResults.Created("/api/me/resume", ResumeResponse.From(resume));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetMineAsync(
        ClaimsPrincipal user, IGrainFactory grains, IBlobStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var resume = await grains.GetGrain<IResumeGrain>(user.UserId()).GetAsync();
        if (resume is null)
        {
            return Problems.NotFound("No resume yet: upload one with POST /api/me/resume.");
        }

        return await FileAsync(store, resume, response, cancellationToken) is { } file
            ? file
            : Problems.NotFound("Your resume's file is missing; upload it again.");
    }

    private static async Task<Ok<List<ResumeAccessResponse>>> GetAccessLogAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var log = await grains.GetGrain<IResumeGrain>(user.UserId()).GetAccessLogAsync();
        return TypedResults.Ok(log.Select(ResumeAccessResponse.From).ToList());
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, ProblemHttpResult>> GetForEmployerAsync(
        string graduateId, ClaimsPrincipal user, IGrainFactory grains, IBlobStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var employerId = user.UserId();
        var company = await ResumeAccessCheck.CompanyThroughWhichAsync(grains, employerId, graduateId);
        if (company is null)
        {
            return Problems.Forbidden("Employers see a graduate's resume only while the graduate waits in, is invited to, or was interviewed at one of their company's booths.");
        }

        var employer = await grains.GetGrain<IUserGrain>(employerId).GetAsync();
        var viewer = new ResumeViewer(employerId, employer?.DisplayName ?? user.Identity?.Name ?? employerId, company.CompanyId, company.Name);

        // Recorded before it is served: no read that the graduate cannot see in the log.
        var resume = await grains.GetGrain<IResumeGrain>(graduateId).RecordAccessAsync(viewer);
        if (resume is null)
        {
            return Problems.NotFound("This graduate has not uploaded a resume.");
        }

        response.Headers.CacheControl = "no-store";
        if (store.CreateReadLink(resume.BlobName, ReadLinkLifetime, resume.FileName) is { } link)
        {
            return TypedResults.Redirect(link.AbsoluteUri);
        }

        return await FileAsync(store, resume, response, cancellationToken) is { } file
            ? file
            : Problems.NotFound("This graduate's resume file is missing.");
    }

    private static async Task<FileContentHttpResult?> FileAsync(IBlobStore store, ResumeFile resume, HttpResponse response, CancellationToken cancellationToken)
    {
        var blob = await store.GetAsync(resume.BlobName, cancellationToken);
        if (blob is null)
        {
            return null;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Bytes(blob.Content, BlobContentTypes.Pdf, resume.FileName, lastModified: resume.UploadedAt, entityTag: new EntityTagHeaderValue($"\"{resume.ResumeId}\""));
    }
}
