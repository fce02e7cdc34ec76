using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;

namespace Mentorship.Application.Territory.Regions.Commands.UpdateRegion;

/// <summary>New code, name and pupil age band of a region (субъект РФ).</summary>
/// <param name="Code">Region code (код субъекта РФ): two digits, not "00", such as "38"; unique.</param>
/// <param name="Name">Region name; up to 200 characters.</param>
/// <param name="PupilAgeFrom">
/// Lower bound of the pupil age band in full years on 1 September (5–18); unchanged when omitted.
/// </param>
/// <param name="PupilAgeTo">
/// Upper bound of the pupil age band, inclusive (10–21, not below the lower bound); unchanged when omitted.
/// </param>
/// <param name="TimeZone">
/// The region's IANA time zone (часовой пояс), such as "Asia/Irkutsk"; unchanged when omitted; an unknown zone is
/// refused.
/// </param>
[Authorize(Roles = Roles.Administrator)]
public sealed record UpdateRegionCommand(string? Code, string? Name, int? PupilAgeFrom, int? PupilAgeTo, string? TimeZone = null) : IRequest<RegionDto>, IRegionFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdateRegionCommand, RegionDto>
{
    public async Task<RegionDto> Handle(UpdateRegionCommand request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        await RegionReads.EnsureCodeIsFreeAsync(db, request.Code!, region.Id, cancellationToken);
        region.Update(request.Code!, request.Name!, request.PupilAgeFrom ?? region.PupilAgeFrom, request.PupilAgeTo ?? region.PupilAgeTo);
        region.SetTimeZone(request.TimeZone ?? region.TimeZone);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<RegionDto>(region);
    }
}
