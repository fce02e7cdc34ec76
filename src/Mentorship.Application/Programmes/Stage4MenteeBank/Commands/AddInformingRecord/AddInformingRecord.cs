using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddInformingRecord;

/// <summary>Logs informing done at stage 4: of one mentee (and family), or of the programme's audience at large.</summary>
/// <param name="MenteeId">
/// The mentee (and family) informed; omit for informing of the programme's audience at large.
/// </param>
/// <param name="Channel">How they were informed (канал информирования).</param>
/// <param name="InformedOn">Date of the informing.</param>
/// <param name="Note">What was said or agreed; optional, up to 4000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddInformingRecordCommand(Guid? MenteeId, InformingChannel? Channel, DateOnly? InformedOn, string? Note) : IRequest<InformingRecordDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddInformingRecordHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddInformingRecordCommand, InformingRecordDto>
{
    public async Task<InformingRecordDto> Handle(AddInformingRecordCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        if (request.MenteeId is { } menteeId && !await db.Mentees.AnyAsync(m => m.Id == menteeId && m.ProgrammeId == programme.Id, cancellationToken))
        {
            throw new ValidationException("menteeId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Mentee)), menteeId);
        }

        var record = new InformingRecord(programme.Id, request.MenteeId, request.Channel!.Value, request.InformedOn!.Value, request.Note);
        db.InformingRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InformingRecordDto>(record);
    }
}
