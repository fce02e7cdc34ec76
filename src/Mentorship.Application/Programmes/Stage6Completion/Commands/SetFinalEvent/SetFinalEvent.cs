using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.SetFinalEvent;

/// <summary>Sets the programme's final event (итоговое мероприятие), where pairs present their results.</summary>
/// <param name="At">When the final event takes place, date and time with offset.</param>
/// <param name="Title">Title of the event; up to 500 characters.</param>
/// <param name="Description">What happens there; optional, up to 4000 characters.</param>
/// <param name="Place">Where it takes place; optional, up to 500 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetFinalEventCommand(DateTimeOffset? At, string? Title, string? Description, string? Place) : IRequest<FinalEventDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class SetFinalEventHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetFinalEventCommand, FinalEventDto>
{
    public async Task<FinalEventDto> Handle(SetFinalEventCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var finalEvent = await db.FinalEvents.SingleOrDefaultAsync(e => e.ProgrammeId == programme.Id, cancellationToken);
        if (finalEvent is null)
        {
            finalEvent = new FinalEvent(programme.Id, request.At!.Value, request.Title!, request.Description, request.Place);
            db.FinalEvents.Add(finalEvent);
        }
        else
        {
            finalEvent.Update(request.At!.Value, request.Title!, request.Description, request.Place);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<FinalEventDto>(finalEvent);
    }
}
