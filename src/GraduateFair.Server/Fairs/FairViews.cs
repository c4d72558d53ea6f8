using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Fairs;

/// <summary>Builds fair answers with each booth's live waiting count and wait estimate.</summary>
public static class FairViews
{
    public static async Task<FairResponse> ToResponseAsync(this FairInfo fair, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(fair);
        var loads = await Task.WhenAll(fair.Booths.Select(b => grains.GetGrain<IInterviewQueueGrain>(b.BoothId).GetLoadAsync()));
        var booths = fair.Booths.Zip(loads, (booth, load) => new FairBoothResponse(
            booth.BoothId, booth.CompanyName, booth.Title, load?.Waiting ?? 0, load?.EtaSeconds ?? 0, load?.EtaText ?? "", load?.Paused ?? false));
        return new FairResponse(fair.FairId, fair.Title, fair.Theme, fair.Status, fair.OpensAt, fair.ClosesAt, fair.PriorityGroups, fair.Description, [.. booths], fair.Eligibility);
    }
}
