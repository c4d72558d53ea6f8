using System.Globalization;
using GraduateFair.Domain.Exports;
using GraduateFair.Storage;

namespace GraduateFair.Server.Reports;

/// <summary>CSV exports: UTF-8 with a byte-order mark (<see cref="Csv"/>), each also kept in blob storage under <c>reports/</c>.</summary>
public static class ReportExports
{
    /// <summary>Writes the CSV to <c>reports/{folder}/{time}.csv</c> and answers it as a download named <paramref name="fileName"/>.</summary>
    public static async Task<IResult> SaveAndAnswerAsync(IBlobStore store, TimeProvider clock, IEnumerable<IEnumerable<string?>> rows, string folder, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        var bytes = Csv.ToUtf8WithBom(rows);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        await store.PutAsync($"reports/{folder}/{stamp}.csv", bytes, BlobCondition.None, BlobContentTypes.Csv, cancellationToken);
        return TypedResults.File(bytes, BlobContentTypes.Csv, fileName);
    }
}
