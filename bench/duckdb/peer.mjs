// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// DuckDB as a peer of the national-scale benchmark (bench/README.md): loads a grantkpi
// collection with read_json and computes the figures of bench/reference.py in SQL
// (evaluate.sql), in process with @duckdb/node-api.
//
//     node peer.mjs CORPUS --figures OUT [--threads N]   every figure (bench/figures.hpp's format)
//     node peer.mjs CORPUS --time N [--threads N]        load + compute N times after a warm-up,
//                                                        each in a new in-memory database; prints
//                                                        the median in seconds
//     node peer.mjs CORPUS --summary [--threads N]       load + compute once, print the national
//                                                        lines (the whole-process run)
//
// --threads: DuckDB's `threads` setting (default: DuckDB's own, every core).

import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const usage = 'usage: node peer.mjs CORPUS (--figures OUT | --time N | --summary) [--threads N]';

function parseArguments(argv) {
    const args = { corpus: argv[0], threads: undefined };
    for (let i = 1; i < argv.length; ++i) {
        switch (argv[i]) {
        case '--figures': args.mode = 'figures'; args.out = argv[++i]; break;
        case '--time': args.mode = 'time'; args.repetitions = Number(argv[++i]); break;
        case '--summary': args.mode = 'summary'; break;
        case '--threads': args.threads = argv[++i]; break;
        default: throw new Error(usage);
        }
    }
    if (!args.corpus || !args.mode || (args.mode === 'figures' && !args.out) ||
        (args.mode === 'time' && !(args.repetitions > 0))) {
        throw new Error(usage);
    }
    return args;
}

/// The sections of evaluate.sql (`-- @section NAME`), each a list of statements, with the
/// corpus path and the largest JSON object read_json may take (above the file's size: the
/// collection is one object) put in.
function loadSections(corpus) {
    const here = dirname(fileURLToPath(import.meta.url));
    const path = resolve(corpus);
    const size = statSync(path).size;
    const sql = readFileSync(join(here, 'evaluate.sql'), 'utf8')
        .replaceAll('{{corpus}}', path.replaceAll("'", "''"))
        .replaceAll('{{maximum_object_size}}', String(Math.max(size + 1, 16 * 1024 * 1024)));
    const sections = {};
    let current = null;
    for (const line of sql.split('\n')) {
        const marker = line.match(/^-- @section (\w+)/);
        if (marker) {
            current = marker[1];
            sections[current] = [];
            continue;
        }
        if (current !== null) {
            sections[current].push(line);
        }
    }
    for (const name of Object.keys(sections)) {
        // Statements end with `;` at the end of a line (none of the SQL has one elsewhere).
        sections[name] = sections[name].join('\n').split(/;\s*\n/)
            .map((s) => s.trim())
            .filter((s) => s.replace(/--[^\n]*/g, '').trim() !== '');
    }
    return sections;
}

async function open(threads) {
    const options = threads === undefined ? {} : { threads: String(threads) };
    const instance = await DuckDBInstance.create(':memory:', options);
    return { instance, connection: await instance.connect() };
}

async function runAll(connection, statements) {
    for (const statement of statements) {
        await connection.run(statement);
    }
}

async function scalar(connection, statement) {
    const reader = await connection.runAndReadAll(statement);
    return reader.getRows()[0][0];
}

/// load + compute in a new database; the seconds it took.
async function loadAndCompute(sections, threads) {
    const { instance, connection } = await open(threads);
    const start = process.hrtime.bigint();
    await runAll(connection, sections.load);
    await runAll(connection, sections.compute);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    connection.closeSync();
    instance.closeSync();
    return seconds;
}

async function main() {
    const args = parseArguments(process.argv.slice(2));
    const sections = loadSections(args.corpus);
    if (args.mode === 'time') {
        await loadAndCompute(sections, args.threads); // warm-up
        const times = [];
        for (let i = 0; i < args.repetitions; ++i) {
            times.push(await loadAndCompute(sections, args.threads));
        }
        times.sort((a, b) => a - b);
        const middle = Math.floor(times.length / 2);
        const median = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
        console.log(median.toFixed(6));
        return;
    }
    const { instance, connection } = await open(args.threads);
    await runAll(connection, sections.load);
    await runAll(connection, sections.compute);
    await runAll(connection, sections.text);
    const rows = await scalar(connection, 'SELECT count(*) FROM collection');
    if (Number(rows) !== 1) {
        throw new Error(`${args.corpus} is not a grantkpi.collection/2 (or /1) document`);
    }
    if (args.mode === 'figures') {
        writeFileSync(args.out, await scalar(connection, sections.figures[0]));
    } else {
        process.stdout.write(await scalar(connection, sections.summary[0]));
    }
    connection.closeSync();
    instance.closeSync();
}

main().catch((error) => {
    console.error(error.message);
    process.exit(1);
});
