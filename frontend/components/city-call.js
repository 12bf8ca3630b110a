// <city-call>: the media side of a call, for the Flow component CallMedia.
//
// Two modes, set by the server in the property `mode`:
//  - BUILT_IN: browsers connect directly with RTCPeerConnection (a mesh for small rooms, host candidates only, no
//    STUN). Signalling goes through the server: the element fires `call-signal` {to, type, data} and the server
//    calls `receive(from, type, data)`. Peers greet with `hello`; everyone already in the call answers a greeting
//    with a fresh offer, so a late joiner, and a peer back from a network drop, are (re)connected the same way.
//  - OPENVIDU: openvidu-browser connects to the OpenVidu deployment with the token the server issued.
//
// Properties: mode, kind (VIDEO | VOICE), peerId, displayName, labels ({you}).
// Events: call-devices {devices: JSON}, call-joined {token}, call-state {state}, call-signal {to, type, data},
//         call-error {message}, call-screen {sharing}.
import './city-call.css';

const EVERYONE = '*';

async function pack(value) {
  const json = JSON.stringify(value);
  if (typeof CompressionStream === 'undefined') {
    return 'j:' + json;
  }
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return 'z:' + btoa(binary);
}

async function unpack(text) {
  if (text.startsWith('j:')) {
    return JSON.parse(text.slice(2));
  }
  const binary = atob(text.slice(2));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(stream).text());
}

class CityCall extends HTMLElement {
  constructor() {
    super();
    this.mode = 'BUILT_IN';
    this.kind = 'VIDEO';
    this.peerId = '';
    this.displayName = '';
    this.labels = {};
    this._stream = null; // local camera and microphone
    this._screen = null; // screen share track while sharing
    this._peers = new Map(); // peerId -> {pc, tile, pending: [candidates], name}
    this._joined = false;
    this._micOn = true;
    this._camOn = true;
    this._state = 'idle';
    this._meter = null;
    this._ov = null; // OpenVidu session and publisher
  }

  connectedCallback() {
    if (!this._grid) {
      this._grid = document.createElement('div');
      this._grid.className = 'call-grid';
      this.appendChild(this._grid);
    }
    this._onOffline = () => this._setState('reconnecting');
    this._onOnline = () => this._rejoin();
    window.addEventListener('offline', this._onOffline);
    window.addEventListener('online', this._onOnline);
  }

  disconnectedCallback() {
    window.removeEventListener('offline', this._onOffline);
    window.removeEventListener('online', this._onOnline);
    this.leave();
  }

  _fire(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: false }));
  }

  _error(error) {
    console.warn('call:', error);
    this._fire('call-error', { message: String((error && (error.message || error.name)) || error) });
  }

  _setState(state) {
    if (this._state === state) {
      return;
    }
    this._state = state;
    this.setAttribute('state', state);
    this._fire('call-state', { state });
  }

  // ---------------------------------------------------------------- devices and the check before joining

  /** Opens the camera (video calls) and microphone, shows the preview and lists the devices. */
  async prepare(cameraId, microphoneId) {
    try {
      const video = this.kind === 'VIDEO';
      const constraints = {
        audio: microphoneId ? { deviceId: { exact: microphoneId } } : true,
        video: video ? (cameraId ? { deviceId: { exact: cameraId } } : { width: 640, height: 360 }) : false,
      };
      const next = await navigator.mediaDevices.getUserMedia(constraints);
      const old = this._stream;
      this._stream = next;
      next.getAudioTracks().forEach((t) => (t.enabled = this._micOn));
      next.getVideoTracks().forEach((t) => (t.enabled = this._camOn));
      this._showLocal();
      this._meterOn();
      if (this._joined) {
        this._replaceTracks();
      }
      if (old) {
        old.getTracks().forEach((t) => t.stop());
      }
      const devices = (await navigator.mediaDevices.enumerateDevices())
        .filter((d) => d.kind === 'videoinput' || d.kind === 'audioinput')
        .map((d, i) => ({ kind: d.kind, id: d.deviceId, label: d.label || d.kind + ' ' + (i + 1) }));
      const current = {
        camera: next.getVideoTracks()[0]?.getSettings().deviceId || '',
        microphone: next.getAudioTracks()[0]?.getSettings().deviceId || '',
      };
      this._fire('call-devices', { devices: JSON.stringify({ devices, current }) });
      this.setAttribute('media', 'ready');
    } catch (error) {
      this.setAttribute('media', 'failed');
      this._error(error);
    }
  }

  _tile(id, name, local) {
    let tile = this._grid.querySelector(`[data-peer="${CSS.escape(id)}"]`);
    if (!tile) {
      tile = document.createElement('div');
      tile.className = 'call-tile' + (local ? ' call-tile-local' : '');
      tile.dataset.peer = id;
      const label = document.createElement('span');
      label.className = 'call-tile-name';
      tile.appendChild(label);
      if (this.kind === 'VOICE') {
        const avatar = document.createElement('span');
        avatar.className = 'call-avatar';
        tile.insertBefore(avatar, label);
      }
      if (local) {
        this._grid.insertBefore(tile, this._grid.firstChild);
      } else {
        this._grid.appendChild(tile);
      }
    }
    tile.querySelector('.call-tile-name').textContent = name || '';
    const avatar = tile.querySelector('.call-avatar');
    if (avatar) {
      avatar.textContent = (name || '?').trim().charAt(0);
    }
    return tile;
  }

  _showLocal() {
    const tile = this._tile('local', (this.labels.you || '') + (this.displayName ? ' · ' + this.displayName : ''), true);
    if (this.kind !== 'VIDEO') {
      return;
    }
    let video = tile.querySelector('video');
    if (!video) {
      video = document.createElement('video');
      video.className = 'call-local-video';
      video.muted = true;
      video.autoplay = true;
      video.playsInline = true;
      tile.insertBefore(video, tile.firstChild);
    }
    video.srcObject = this._screen ? new MediaStream([this._screen]) : this._stream;
    video.play().catch(() => {});
  }

  _meterOn() {
    try {
      if (this._meter) {
        this._meter.source.disconnect();
      }
      const track = this._stream && this._stream.getAudioTracks()[0];
      if (!track) {
        return;
      }
      const context = this._meter?.context || new AudioContext();
      const source = context.createMediaStreamSource(new MediaStream([track]));
      const analyser = context.createAnalyser();
      analyser.fftSize = 256;
      source.connect(analyser);
      const bar = this._meterBar || document.createElement('div');
      bar.className = 'call-level';
      bar.setAttribute('aria-hidden', 'true');
      this._meterBar = bar;
      this._tile('local', '', true).appendChild(bar);
      this._showLocal();
      const data = new Uint8Array(analyser.frequencyBinCount);
      this._meter = { context, source, analyser };
      const tick = () => {
        if (!this._meter || this._meter.analyser !== analyser) {
          return;
        }
        analyser.getByteTimeDomainData(data);
        let peak = 0;
        for (const v of data) {
          peak = Math.max(peak, Math.abs(v - 128));
        }
        bar.style.setProperty('--level', String(Math.min(1, peak / 64)));
        requestAnimationFrame(tick);
      };
      tick();
    } catch (error) {
      console.warn('call: no level meter', error);
    }
  }

  // ---------------------------------------------------------------- joining

  /** Joins with the token from the server; fires call-joined once connected (the server then uses the token). */
  async join(token) {
    if (!this._stream) {
      await this.prepare();
    }
    this._setState('connecting');
    if (this.mode === 'OPENVIDU') {
      await this._joinOpenVidu(token);
    } else {
      this._fire('call-joined', { token });
    }
  }

  /** Called by the server once it has accepted the token: greets everyone in the call. */
  connected() {
    this._joined = true;
    if (this.mode !== 'OPENVIDU') {
      this._send(EVERYONE, 'hello', { name: this.displayName });
      if (this._peers.size === 0) {
        this.setAttribute('waiting', '');
      }
    }
  }

  _rejoin() {
    if (!this._joined) {
      return;
    }
    this._setState('reconnecting');
    if (this.mode !== 'OPENVIDU') {
      this._send(EVERYONE, 'hello', { name: this.displayName });
    }
  }

  /** Sends a signal; signals leave in the order they were sent (an offer before its candidates). */
  _send(to, type, value) {
    this._sending = (this._sending || Promise.resolve()).then(async () => {
      try {
        this._fire('call-signal', { to, type, data: await pack(value) });
      } catch (error) {
        this._error(error);
      }
    });
    return this._sending;
  }

  /** A signalling message from another browser, relayed by the server; handled one at a time, in order. */
  receive(from, type, data) {
    this._receiving = (this._receiving || Promise.resolve()).then(() => this._handle(from, type, data));
    return this._receiving;
  }

  async _handle(from, type, data) {
    if (from === this.peerId || !this._joined) {
      return;
    }
    try {
      const value = await unpack(data);
      if (type === 'hello') {
        await this._offerTo(from, value.name);
      } else if (type === 'offer') {
        await this._onOffer(from, value);
      } else if (type === 'answer') {
        const peer = this._peers.get(from);
        if (peer && peer.pc.signalingState === 'have-local-offer') {
          await peer.pc.setRemoteDescription(value.sdp);
          await this._flush(peer);
        }
      } else if (type === 'candidate') {
        const peer = this._peers.get(from);
        if (peer) {
          if (peer.pc.remoteDescription) {
            await peer.pc.addIceCandidate(value.candidate).catch((e) => console.warn('call: candidate', e));
          } else {
            peer.pending.push(value.candidate);
          }
        }
      } else if (type === 'bye') {
        this._drop(from);
      }
    } catch (error) {
      this._error(error);
    }
  }

  async _flush(peer) {
    const pending = peer.pending.splice(0);
    for (const candidate of pending) {
      await peer.pc.addIceCandidate(candidate).catch((e) => console.warn('call: candidate', e));
    }
  }

  _newPeer(id, name) {
    this._drop(id, true);
    const pc = new RTCPeerConnection({ iceServers: [] });
    const peer = { pc, pending: [], name: name || '', tile: this._tile(id, name || '', false) };
    this._peers.set(id, peer);
    this.removeAttribute('waiting');
    this._stream.getTracks().forEach((track) => {
      const sent = track.kind === 'video' && this._screen ? this._screen : track;
      pc.addTrack(sent, this._stream);
    });
    pc.onicecandidate = (e) => {
      if (e.candidate) {
        this._send(id, 'candidate', { candidate: e.candidate.toJSON() });
      }
    };
    pc.ontrack = (e) => this._attach(peer, e.streams[0] || new MediaStream([e.track]));
    pc.onconnectionstatechange = () => this._onPeerState(id, peer);
    return peer;
  }

  async _offerTo(id, name) {
    const peer = this._newPeer(id, name);
    const offer = await peer.pc.createOffer();
    await peer.pc.setLocalDescription(offer);
    await this._send(id, 'offer', { sdp: peer.pc.localDescription.toJSON(), name: this.displayName });
  }

  async _onOffer(from, value) {
    const existing = this._peers.get(from);
    // both sides greeted at once: the peer with the larger id keeps its own offer, the other answers
    if (existing && existing.pc.signalingState === 'have-local-offer' && this.peerId > from) {
      return;
    }
    const peer = this._newPeer(from, value.name);
    await peer.pc.setRemoteDescription(value.sdp);
    await this._flush(peer);
    const answer = await peer.pc.createAnswer();
    await peer.pc.setLocalDescription(answer);
    await this._send(from, 'answer', { sdp: peer.pc.localDescription.toJSON() });
  }

  _attach(peer, stream) {
    // the picture plays muted (browsers always allow that); the sound goes through an <audio> of its own
    if (this.kind === 'VIDEO') {
      let video = peer.tile.querySelector('video');
      if (!video) {
        video = document.createElement('video');
        video.className = 'call-remote-video';
        video.autoplay = true;
        video.playsInline = true;
        video.muted = true;
        peer.tile.insertBefore(video, peer.tile.firstChild);
      }
      if (video.srcObject !== stream) {
        video.srcObject = stream;
      }
      video.play().catch(() => {});
    }
    let audio = peer.tile.querySelector('audio');
    if (!audio) {
      audio = document.createElement('audio');
      audio.className = 'call-remote-audio';
      audio.autoplay = true;
      peer.tile.appendChild(audio);
    }
    if (audio.srcObject !== stream) {
      audio.srcObject = stream;
    }
    audio.play().catch(() => {});
  }

  _onPeerState(id, peer) {
    const state = peer.pc.connectionState;
    peer.tile.dataset.state = state;
    if (state === 'connected') {
      const anyDown = [...this._peers.values()].some((p) => ['disconnected', 'failed'].includes(p.pc.connectionState));
      this._setState(anyDown || !navigator.onLine ? 'reconnecting' : 'connected');
    } else if (state === 'disconnected' || state === 'failed') {
      this._setState('reconnecting');
      if (state === 'failed' && this.peerId > id) {
        // the peer with the larger id starts over, so that the two do not both offer
        this._offerTo(id, peer.name).catch((e) => this._error(e));
      }
    }
  }

  _drop(id, keepTile) {
    const peer = this._peers.get(id);
    if (!peer) {
      return;
    }
    this._peers.delete(id);
    peer.pc.onconnectionstatechange = null;
    peer.pc.close();
    if (!keepTile) {
      peer.tile.remove();
      if (this._peers.size === 0 && this._joined) {
        this.setAttribute('waiting', '');
      }
    }
  }

  // ---------------------------------------------------------------- OpenVidu

  async _joinOpenVidu(token) {
    try {
      const { OpenVidu } = await this._openViduLibrary();
      const ov = new OpenVidu();
      ov.enableProdMode();
      const session = ov.initSession();
      session.on('streamCreated', (event) => {
        const id = event.stream.connection.connectionId;
        const tile = this._tile(id, this._nameOf(event.stream.connection.data), false);
        this.removeAttribute('waiting');
        // OpenVidu plays sound through a <video> too: for voice calls it is hidden (class call-remote-audio)
        const subscriber = session.subscribe(event.stream, tile, {
          insertMode: 'PREPEND',
          subscribeToVideo: this.kind === 'VIDEO',
        });
        subscriber.on('videoElementCreated', (e) => {
          e.element.className = this.kind === 'VIDEO' ? 'call-remote-video' : 'call-remote-audio';
        });
      });
      session.on('streamDestroyed', (event) => {
        const tile = this._grid.querySelector(`[data-peer="${CSS.escape(event.stream.connection.connectionId)}"]`);
        if (tile) {
          tile.remove();
        }
      });
      session.on('reconnecting', () => this._setState('reconnecting'));
      session.on('reconnected', () => this._setState('connected'));
      session.on('sessionDisconnected', (event) => {
        if (event.reason === 'networkDisconnect') {
          this._setState('failed');
        }
      });
      await session.connect(token, { name: this.displayName });
      const publisher = await ov.initPublisherAsync(undefined, {
        audioSource: this._stream.getAudioTracks()[0] || undefined,
        videoSource: this.kind === 'VIDEO' ? this._stream.getVideoTracks()[0] || undefined : false,
        publishAudio: this._micOn,
        publishVideo: this.kind === 'VIDEO' && this._camOn,
        insertMode: 'APPEND',
        mirror: false,
      });
      await session.publish(publisher);
      this._ov = { ov, session, publisher };
      this._fire('call-joined', { token });
      this._setState('connected');
    } catch (error) {
      this._setState('failed');
      this._error(error);
    }
  }

  /** Loads openvidu-browser (only the OpenVidu mode needs it, so it comes as a chunk of its own). */
  async _openViduLibrary() {
    // openvidu-browser expects Node's `global`
    globalThis.global = globalThis.global || globalThis;
    return import('openvidu-browser');
  }

  _nameOf(data) {
    try {
      const server = String(data || '').split('%/%').pop();
      return JSON.parse(server).name || '';
    } catch (e) {
      return '';
    }
  }

  // ---------------------------------------------------------------- controls

  setMicrophone(on) {
    this._micOn = on;
    this._stream?.getAudioTracks().forEach((t) => (t.enabled = on));
    this._ov?.publisher.publishAudio(on);
    this.toggleAttribute('muted', !on);
  }

  setCamera(on) {
    this._camOn = on;
    this._stream?.getVideoTracks().forEach((t) => (t.enabled = on));
    this._ov?.publisher.publishVideo(on);
    this.toggleAttribute('camera-off', !on);
  }

  async useDevices(cameraId, microphoneId) {
    await this.prepare(cameraId, microphoneId);
  }

  async shareScreen(on) {
    try {
      if (on) {
        const display = await navigator.mediaDevices.getDisplayMedia({ video: true });
        this._screen = display.getVideoTracks()[0];
        this._screen.onended = () => this.shareScreen(false);
      } else if (this._screen) {
        this._screen.onended = null;
        this._screen.stop();
        this._screen = null;
      }
      this._replaceTracks();
      this._showLocal();
      this._fire('call-screen', { sharing: !!this._screen });
    } catch (error) {
      this._screen = null;
      this._fire('call-screen', { sharing: false });
      this._error(error);
    }
  }

  _replaceTracks() {
    const video = this._screen || this._stream?.getVideoTracks()[0];
    const audio = this._stream?.getAudioTracks()[0];
    for (const peer of this._peers.values()) {
      for (const sender of peer.pc.getSenders()) {
        const track = sender.track?.kind === 'video' ? video : sender.track?.kind === 'audio' ? audio : null;
        if (track && sender.track !== track) {
          sender.replaceTrack(track).catch((e) => console.warn('call: replace track', e));
        }
      }
    }
    if (this._ov) {
      if (video && this.kind === 'VIDEO') {
        this._ov.publisher.replaceTrack(video).catch((e) => console.warn('call: replace track', e));
      }
    }
  }

  /** Leaves the call and releases camera and microphone. */
  leave() {
    if (this._joined && this.mode !== 'OPENVIDU') {
      this._send(EVERYONE, 'bye', {});
    }
    this._joined = false;
    for (const id of [...this._peers.keys()]) {
      this._drop(id);
    }
    if (this._ov) {
      try {
        this._ov.session.disconnect();
      } catch (e) {
        console.warn('call: disconnect', e);
      }
      this._ov = null;
    }
    this._stream?.getTracks().forEach((t) => t.stop());
    this._screen?.stop();
    this._stream = null;
    this._screen = null;
    if (this._meter) {
      this._meter.context.close().catch(() => {});
      this._meter = null;
    }
    this._setState('ended');
  }
}

customElements.define('city-call', CityCall);
