"""Votes as data: a resolution's recorded vote with each Member State's, the Member States, a State's
votes and its agreement with another State."""

from rest_framework import serializers

from archive.models import MemberState, MemberStateVote, SeparateStateVote, SeparateVote
from archive.services.votes import SEPARATE_VOTE_FIELDS


class MemberStateSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:member-state-detail", lookup_field="code")

    class Meta:
        model = MemberState
        fields = ["code", "url", "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es"]


class StateVoteSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="member_state.code")
    name = serializers.CharField(source="member_state.name_en")

    class Meta:
        model = MemberStateVote
        fields = ["code", "name", "vote"]


class SeparateVoteSerializer(serializers.ModelSerializer):
    member_states = StateVoteSerializer(
        many=True, source="state_votes", help_text="Each Member State's vote, where the source gives it"
    )

    class Meta:
        model = SeparateVote
        fields = [*SEPARATE_VOTE_FIELDS, "member_states"]


class ResolutionVoteSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    vote = serializers.CharField()
    votes_yes = serializers.IntegerField(allow_null=True)
    votes_no = serializers.IntegerField(allow_null=True)
    votes_abstain = serializers.IntegerField(allow_null=True)
    votes_non_voting = serializers.IntegerField(allow_null=True)
    member_states = StateVoteSerializer(many=True)
    separate_votes = SeparateVoteSerializer(many=True)


class StateVoteOnResolutionSerializer(serializers.ModelSerializer):
    """One of a Member State's votes (a CSV row)."""

    symbol = serializers.CharField(source="resolution.symbol")
    session_kind = serializers.CharField(source="resolution.session_kind")
    session_number = serializers.IntegerField(source="resolution.session_number")
    adopted_on = serializers.DateField(source="resolution.adopted_on", allow_null=True)

    class Meta:
        model = MemberStateVote
        fields = ["symbol", "session_kind", "session_number", "adopted_on", "vote"]


class StateSeparateVoteSerializer(serializers.ModelSerializer):
    """One of a Member State's votes on part of a resolution (a CSV row)."""

    symbol = serializers.CharField(source="separate_vote.resolution.symbol")
    session_kind = serializers.CharField(source="separate_vote.resolution.session_kind")
    session_number = serializers.IntegerField(source="separate_vote.resolution.session_number")
    separate_vote = serializers.IntegerField(
        source="separate_vote.undl_record", help_text="The voting record's id in the Digital Library"
    )
    description = serializers.CharField(source="separate_vote.description", help_text="What was voted on")
    voted_on = serializers.DateField(source="separate_vote.voted_on", allow_null=True)

    class Meta:
        model = SeparateStateVote
        fields = [
            "symbol",
            "session_kind",
            "session_number",
            "separate_vote",
            "description",
            "voted_on",
            "vote",
        ]


class SessionVotesSerializer(serializers.Serializer):
    session_kind = serializers.CharField()
    session_number = serializers.IntegerField()
    yes = serializers.IntegerField()
    no = serializers.IntegerField()
    abstain = serializers.IntegerField()
    non_voting = serializers.IntegerField()


class MemberStateDetailSerializer(MemberStateSerializer):
    sessions = SessionVotesSerializer(many=True, read_only=True)

    class Meta(MemberStateSerializer.Meta):
        fields = [*MemberStateSerializer.Meta.fields, "sessions"]


class AgreementSerializer(serializers.Serializer):
    session_kind = serializers.CharField()
    session_number = serializers.IntegerField()
    together = serializers.IntegerField(
        help_text="Recorded votes both States cast (in favour, against, abstaining)"
    )
    same = serializers.IntegerField(help_text="Of those, the votes alike")
