using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;

/// <summary>Writes a success case of the programme (public text: it must not name the pupils).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddSuccessCaseCommand(Guid? GroupId, string? Title, string? Text) : IRequest<SuccessCaseDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddSuccessCaseHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddSuccessCaseCommand, SuccessCaseDto>
{
    public async Task<SuccessCaseDto> Handle(AddSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        if (request.GroupId is { } groupId)
        {
            await CompletionReads.GroupOfAsync(db, programme.Id, groupId, "groupId", cancellationToken);
        }

        var successCase = new SuccessCase(programme.Id, request.GroupId, request.Title!, request.Text!);
        db.SuccessCases.Add(successCase);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SuccessCaseDto>(successCase);
    }
}
