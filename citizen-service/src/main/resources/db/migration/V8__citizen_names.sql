-- Name search ranks distinct names, not citizens (docs/benchmarks/citizen-search.md). A million citizens bear about
-- 130,000 distinct (search_key, mark_key) names, built from a few hundred words.
--
-- citizen_name holds every name some citizen bears or bore, citizen_name_word the names bearing each word, in the
-- order a one-word search lists them, and citizen_word every word (where a typo is looked up). The statement-level
-- triggers below keep all three, in the transaction that writes the citizens. They only ever grow: a name nobody
-- bears any longer (after a correction) stays and finds nobody. There are no counts on purpose: a count would be
-- updated by every registration and held locked by every running import, so writers of common names would queue
-- behind each other. Inserting a name that exists takes no lock (on conflict do nothing); only two transactions
-- adding the same new name wait for each other.
create table citizen_name (
    search_key text    not null,
    mark_key   text    not null,
    words      text[]  not null generated always as (string_to_array(search_key, ' ')) stored,
    word_count integer not null generated always as (cardinality(string_to_array(search_key, ' '))) stored,
    primary key (search_key, mark_key)
);

create table citizen_name_word (
    word       text    not null,
    word_count integer not null,
    search_key text    not null,
    mark_key   text    not null,
    primary key (word, word_count, search_key, mark_key)
);

create table citizen_word (
    word text primary key
);

insert into citizen_name (search_key, mark_key)
select distinct search_key, mark_key from citizen;

insert into citizen_name_word (word, word_count, search_key, mark_key)
select distinct w.word, n.word_count, n.search_key, n.mark_key from citizen_name n cross join unnest(n.words) as w(word);

insert into citizen_word (word)
select distinct word from citizen_name_word;

-- without statistics the planner reads a name's spellings through the trigram index instead of the primary key
analyze citizen_name;
analyze citizen_name_word;
analyze citizen_word;

-- every word searched for: words @> ...; one word mistyped: words && ...; garbled names: search_key <% ...
create index citizen_name_words on citizen_name using gin (words);
create index citizen_name_trgm on citizen_name using gin (search_key gin_trgm_ops);

-- A name's citizens in page order, and a ward's citizens with everything ranking needs (read index-only).
-- citizen_ward_name replaces citizen_ward; candidates no longer come from trigrams over every citizen, so that
-- index goes too.
create index citizen_by_name on citizen (search_key, mark_key, full_name, id);
create index citizen_ward_name on citizen (ward_code, search_key, mark_key, full_name, id);
drop index citizen_ward;
drop index citizen_search_key_trgm;

create function citizen_name_keep() returns trigger language plpgsql as $$
begin
    -- not exists skips the names already there (nearly all) cheaper than on conflict alone, which stays for the
    -- names another transaction adds meanwhile
    with added as (
        insert into citizen_name (search_key, mark_key)
        select distinct c.search_key, c.mark_key from named c
        where not exists (select 1 from citizen_name n where n.search_key = c.search_key and n.mark_key = c.mark_key)
        order by 1, 2
        on conflict do nothing
        returning search_key, mark_key, words, word_count),
    listed as (
        insert into citizen_name_word (word, word_count, search_key, mark_key)
        select distinct w.word, a.word_count, a.search_key, a.mark_key from added a cross join unnest(a.words) as w(word)
        on conflict do nothing
        returning word)
    insert into citizen_word (word)
    select distinct word from listed order by word
    on conflict do nothing;
    return null;
end
$$;

-- Transition tables rule out "update of search_key": every update statement checks its rows' names, which costs one
-- index probe per distinct name when none changed (a deactivation, a ward move, an import's fill-in). Measured on
-- 100,000 rows inserted 500 at a time into a million: 0.6-0.8 s for the trigger (docs/benchmarks/citizen-search.md).
create trigger citizen_name_on_insert after insert on citizen
    referencing new table as named for each statement execute function citizen_name_keep();
create trigger citizen_name_on_update after update on citizen
    referencing new table as named for each statement execute function citizen_name_keep();
